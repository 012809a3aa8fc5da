#pragma once

#include <QJsonObject>
#include <QString>

// One change applied to a selection of products: set the status, set the price, adjust it by
// an amount (fen) or a percent, or set the stock. fieldsFor() gives each product's PATCH fields.
struct BulkEdit
{
    enum class Kind { SetStatus, SetPrice, AdjustPriceAmount, AdjustPricePercent, SetStock };
    Kind kind = Kind::SetStatus;
    QString status;
    qint64 amount = 0;  // fen for prices (may be negative for adjustments), units for stock
    double percent = 0; // +10 raises by 10 %, -15 lowers by 15 %

    // Fields for a product now priced `currentPrice`; false (with *error) when the result would be
    // invalid (a price below 0). Adjusted prices round to the nearest fen.
    bool fieldsFor(qint64 currentPrice, QJsonObject *fields, QString *error) const;
};
