#pragma once

#include <QList>

class Database;

// The shop's referral commission rates (`rates_bp` of GET /shop): level 1 first, in basis points.
// Its length is the number of paid levels. Empty before the first sync.
namespace CommissionRates {
QList<int> load(const Database &db);
// floor(total × rate / 10000) in fen, as the contract books it.
inline qint64 amountFor(qint64 totalFen, int rateBp)
{
    const qint64 product = totalFen * rateBp;
    return product >= 0 ? product / 10000 : -((-product + 9999) / 10000);
}
} // namespace CommissionRates
