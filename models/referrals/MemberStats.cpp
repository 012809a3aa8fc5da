#include "referrals/MemberStats.h"

#include "referrals/ReferralGraph.h"
#include "store/Database.h"

#include <QSqlQuery>

int MemberStats::statusIndex(const QString &status)
{
    static const QStringList names{QStringLiteral("pending"), QStringLiteral("confirmed"),
                                   QStringLiteral("paid"), QStringLiteral("reversed")};
    return int(names.indexOf(status));
}

MemberStats MemberStats::compute(const ReferralGraph &graph, const Database &db, qint64 fromMs,
                                 qint64 toMs)
{
    MemberStats stats;
    stats.m_figures.assign(size_t(graph.size()), {});
    auto &figures = stats.m_figures;

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT customer_id, COUNT(*), SUM(total) FROM orders "
        "WHERE status IN ('paid', 'shipped', 'completed') AND created_at >= ? AND created_at < ? "
        "GROUP BY customer_id"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec()) {
        while (q.next()) {
            const int m = graph.indexOf(q.value(0).toString());
            if (m == ReferralGraph::kNone)
                continue;
            figures[size_t(m)].orders = q.value(1).toLongLong();
            figures[size_t(m)].revenue = q.value(2).toLongLong();
        }
    }
    q.prepare(
        QStringLiteral("SELECT beneficiary_id, status, SUM(amount) FROM commissions "
                       "WHERE created_at >= ? AND created_at < ? GROUP BY beneficiary_id, status"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (q.exec()) {
        while (q.next()) {
            const int m = graph.indexOf(q.value(0).toString());
            const int s = statusIndex(q.value(1).toString());
            if (m != ReferralGraph::kNone && s >= 0)
                figures[size_t(m)].commission[size_t(s)] = q.value(2).toLongLong();
        }
    }

    // Each member adds itself to its first three ancestors' level counts and revenue.
    for (int m = 0; m < graph.size(); ++m) {
        int up = graph.parent(m);
        for (int level = 0; level < MemberFigures::kLevels && up != ReferralGraph::kNone; ++level) {
            figures[size_t(up)].downlineCount[size_t(level)] += 1;
            figures[size_t(up)].downlineRevenue[size_t(level)] += figures[size_t(m)].revenue;
            up = graph.parent(up);
        }
    }
    // Team sizes bottom-up: children come after their parents in topDown().
    const std::vector<int> &order = graph.topDown();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int parent = graph.parent(*it);
        if (parent != ReferralGraph::kNone)
            figures[size_t(parent)].teamSize += figures[size_t(*it)].teamSize + 1;
    }
    return stats;
}
