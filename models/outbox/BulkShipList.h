#pragma once

#include <QList>
#include <QString>

// A pasted or imported list of shipments: one order per line, "order number, carrier, tracking
// number", separated by commas, tabs or semicolons (a spreadsheet paste), an optional header
// line, quotes around fields allowed. Lines that cannot be used are reported, not guessed.
struct BulkShipLine
{
    int lineNumber = 0;
    QString orderNumber, carrier, trackingNumber;
};

struct BulkShipList
{
    QList<BulkShipLine> lines;
    QStringList problems; // "line 4: no tracking number"

    static BulkShipList parse(const QString &text);
};
