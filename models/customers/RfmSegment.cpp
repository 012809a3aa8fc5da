#include "customers/RfmSegment.h"

#include "core/Money.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

QString RfmSegment::sqlExpression(const QString &alias)
{
    return QStringLiteral(
               "(CASE WHEN %1.paid_orders = 0 THEN 6 "
               "WHEN %1.paid_orders >= :rfm_repeat AND %1.last_paid_at >= :rfm_recent AND "
               "%1.spent >= :rfm_spend THEN 0 "
               "WHEN %1.paid_orders >= :rfm_repeat AND %1.last_paid_at >= :rfm_lapsed THEN 1 "
               "WHEN %1.paid_orders < :rfm_repeat AND %1.last_paid_at >= :rfm_recent THEN 2 "
               "WHEN %1.paid_orders < :rfm_repeat AND %1.last_paid_at >= :rfm_lapsed THEN 3 "
               "WHEN %1.paid_orders >= :rfm_repeat THEN 4 ELSE 5 END)")
        .arg(alias);
}

void RfmSegment::bind(QSqlQuery &query, const RfmThresholds &t, qint64 nowMs)
{
    const QString sql = query.lastQuery();
    if (!sql.contains(QLatin1String(":rfm_")))
        return;
    query.bindValue(QStringLiteral(":rfm_recent"), nowMs - t.recentDays * kDayMs);
    query.bindValue(QStringLiteral(":rfm_lapsed"), nowMs - t.lapsedDays * kDayMs);
    query.bindValue(QStringLiteral(":rfm_repeat"), t.repeatOrders);
    query.bindValue(QStringLiteral(":rfm_spend"), t.championSpend);
}

QString RfmSegment::name(int segment)
{
    switch (Segment(segment)) {
    case Champions:
        return tr("Champions");
    case Loyal:
        return tr("Loyal");
    case New:
        return tr("New");
    case NeedsAttention:
        return tr("Needs attention");
    case AtRisk:
        return tr("At risk");
    case Lost:
        return tr("Lost");
    case NoPurchase:
        return tr("No purchase yet");
    case Count:
        break;
    }
    return {};
}

QString RfmSegment::key(int segment)
{
    static const char *const keys[] = {"champions", "loyal", "new",        "needs_attention",
                                       "at_risk",   "lost",  "no_purchase"};
    return segment >= 0 && segment < Count ? QString::fromLatin1(keys[segment]) : QString();
}

QString RfmSegment::definition(int segment, const RfmThresholds &t, const QString &currency)
{
    const QString repeat = tr("%n or more paid orders", nullptr, t.repeatOrders);
    const QString fewer = tr("fewer than %n paid orders", nullptr, t.repeatOrders);
    const QString recent = tr("last paid order within %n day(s)", nullptr, t.recentDays);
    const QString notLapsed = tr("last paid order within %n day(s)", nullptr, t.lapsedDays);
    const QString lapsed = tr("last paid order more than %n day(s) ago", nullptr, t.lapsedDays);
    switch (Segment(segment)) {
    case Champions:
        return tr("%1, %2, spent at least %3")
            .arg(repeat, recent, Money::display(t.championSpend, currency));
    case Loyal:
        return tr("%1, %2 (and not a champion)").arg(repeat, notLapsed);
    case New:
        return tr("%1, %2").arg(fewer, recent);
    case NeedsAttention:
        return tr("%1, %2 but not within %n day(s)", nullptr, t.recentDays).arg(fewer, notLapsed);
    case AtRisk:
        return tr("%1, %2").arg(repeat, lapsed);
    case Lost:
        return tr("%1, %2").arg(fewer, lapsed);
    case NoPurchase:
        return tr("registered, no paid order yet");
    case Count:
        break;
    }
    return {};
}

bool RfmSegment::counts(const Database &db, const RfmThresholds &thresholds, qint64 nowMs,
                        QList<qint64> *out, QString *error)
{
    out->fill(0, Count);
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM customer_stats s GROUP BY 1")
                       .arg(sqlExpression(QStringLiteral("s"))))) {
        *error = q.lastError().text();
        return false;
    }
    bind(q, thresholds, nowMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const int segment = q.value(0).toInt();
        if (segment >= 0 && segment < Count)
            (*out)[segment] = q.value(1).toLongLong();
    }
    return true;
}
