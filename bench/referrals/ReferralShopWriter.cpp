#include "ReferralShopWriter.h"

#include "referrals/CommissionRates.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <vector>

namespace {
bool execBatch(QSqlQuery &q, const QList<QVariantList> &columns, QString *error)
{
    for (int c = 0; c < columns.size(); ++c)
        q.addBindValue(columns.at(c));
    if (q.execBatch())
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

bool ReferralShopWriter::write(Database &db, Result *result, QString *error) const
{
    QRandomGenerator rng(seed);
    const QList<int> rates{1000, 500, 200};
    const qint64 start = 1767225600000LL; // 2026-01-01 UTC
    std::vector<int> referrer(size_t(members), -1), depth(size_t(members), 0),
        invitees(size_t(members), 0);
    std::vector<int> shallow; // members less than maxDepth deep, who may still invite
    for (int i = 0; i < members; ++i) {
        if (i > 0 && i % 50 == 0) { // one big inviter (2 % of everyone) for a wide expand
            referrer[size_t(i)] = 0;
            depth[size_t(i)] = 1;
            ++invitees[0];
        } else if (!shallow.empty() && rng.bounded(100) >= 5) {
            const int up = shallow[rng.bounded(quint32(shallow.size()))];
            referrer[size_t(i)] = up;
            depth[size_t(i)] = depth[size_t(up)] + 1;
            ++invitees[size_t(up)];
        }
        if (depth[size_t(i)] < maxDepth)
            shallow.push_back(i);
        if (depth[size_t(i)] > result->deepestDepth) {
            result->deepestDepth = depth[size_t(i)];
            result->deepestMember = QStringLiteral("c_%1").arg(i + 1);
        }
    }
    for (int i = 0; i < members; ++i) {
        if (invitees[size_t(i)] > result->busiestInvitees) {
            result->busiestInvitees = invitees[size_t(i)];
            result->busiestInviter = QStringLiteral("c_%1").arg(i + 1);
        }
    }
    QSqlDatabase conn = db.connection();
    conn.transaction();
    QSqlQuery q(conn);
    q.exec(QStringLiteral(
        "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) VALUES "
        "('shop_1', 'bench', 'CNY', 'Asia/Shanghai', '[1000,500,200]', 0)"));
    QList<QVariantList> cust(4);
    for (int i = 0; i < members; ++i) {
        cust[0] << QStringLiteral("c_%1").arg(i + 1);
        cust[1] << QStringLiteral("会员%1").arg(i + 1);
        cust[2] << start + qint64(i) * 60000;
        cust[3] << (referrer[size_t(i)] < 0
                        ? QVariant(QMetaType(QMetaType::QString))
                        : QVariant(QStringLiteral("c_%1").arg(referrer[size_t(i)] + 1)));
    }
    q.prepare(QStringLiteral("INSERT INTO customers (id, nickname, registered_at, referrer_id, "
                             "wechat_followed, updated_at) "
                             "VALUES (?, ?, ?, ?, 0, 0)"));
    if (!execBatch(q, cust, error))
        return false;
    const char *const statuses[] = {"paid",      "paid",      "shipped",  "completed", "completed",
                                    "completed", "completed", "refunded", "pending",   "cancelled"};
    QList<QVariantList> ord(5), com(6);
    qint64 commissionNo = 0;
    int planted = 0;
    for (int o = 0; o < orders; ++o) {
        const int buyer = int(rng.bounded(quint32(members)));
        const QString status = QString::fromLatin1(statuses[rng.bounded(10)]);
        const qint64 total = 1000 + rng.bounded(49000);
        const QString orderId = QStringLiteral("o_%1").arg(o + 1);
        ord[0] << orderId;
        ord[1] << QStringLiteral("c_%1").arg(buyer + 1);
        ord[2] << status;
        ord[3] << start + qint64(o) * 90000;
        ord[4] << total;
        if (status == QLatin1String("pending") || status == QLatin1String("cancelled"))
            continue;
        int up = referrer[size_t(buyer)];
        for (int level = 1; level <= rates.size() && up >= 0; ++level, up = referrer[size_t(up)]) {
            qint64 amount = CommissionRates::amountFor(total, rates.at(level - 1));
            if (planted < mistakes && o % 9973 == 0 && level == 1) {
                ++amount;
                ++planted;
            }
            com[0] << QStringLiteral("cm_%1").arg(++commissionNo);
            com[1] << orderId;
            com[2] << QStringLiteral("c_%1").arg(up + 1);
            com[3] << level;
            com[4] << amount;
            com[5] << (status == QLatin1String("refunded") ? QStringLiteral("reversed")
                                                           : QStringLiteral("confirmed"));
        }
    }
    q.prepare(QStringLiteral("INSERT INTO orders (id, number, customer_id, status, created_at, "
                             "total, updated_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, 0, 1)"));
    // number = id: bind the id column twice
    QList<QVariantList> ordCols{ord[0], ord[0], ord[1], ord[2], ord[3], ord[4]};
    if (!execBatch(q, ordCols, error))
        return false;
    q.prepare(QStringLiteral(
        "INSERT INTO commissions (id, order_id, beneficiary_id, level, amount, status, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"));
    if (!execBatch(q, com, error))
        return false;
    result->commissions = commissionNo;
    result->planted = planted;
    return conn.commit();
}
