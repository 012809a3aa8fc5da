#include "itemmodels/LifecycleFunnelModel.h"

#include "analytics/LifecycleDerivation.h"
#include "analytics/ShopDay.h"
#include "store/Database.h"

#include <QSqlQuery>

LifecycleFunnelModel::LifecycleFunnelModel(Database &db, QObject *parent)
    : StepFunnelModel(db, parent)
{}

int LifecycleFunnelModel::stepCount() const
{
    return LifecycleDerivation::StepCount;
}

QString LifecycleFunnelModel::stepName(int step) const
{
    switch (step) {
    case LifecycleDerivation::Acquired:
        return tr("Acquired");
    case LifecycleDerivation::Registered:
        return tr("Registered");
    case LifecycleDerivation::CameBack:
        return tr("Came back within 7 days");
    case LifecycleDerivation::Followed:
        return tr("Followed the official account");
    case LifecycleDerivation::FirstOrder:
        return tr("First paid order");
    case LifecycleDerivation::Referred:
        return tr("Referred someone who registered");
    case LifecycleDerivation::SecondOrder:
        return tr("Second paid order");
    }
    return {};
}

QString LifecycleFunnelModel::stepKey(int step) const
{
    static const char *const keys[] = {"acquired",    "registered", "came_back",   "followed",
                                       "first_order", "referred",   "second_order"};
    return step >= 0 && step < stepCount() ? QString::fromLatin1(keys[step]) : QString();
}

QString LifecycleFunnelModel::stepDefinition(int step) const
{
    switch (step) {
    case LifecycleDerivation::Acquired:
        return tr(
            "Visitors whose first visit ever was on the chosen days; the channel is that visit's");
    case LifecycleDerivation::Registered:
        return tr("…who registered (a register event, or a visit while logged in)");
    case LifecycleDerivation::CameBack:
        return tr("…and visited again within 7 days after their first visit");
    case LifecycleDerivation::Followed:
        return tr("…and followed the official account");
    case LifecycleDerivation::FirstOrder:
        return tr("…and placed a paid order (paid, shipped or completed)");
    case LifecycleDerivation::Referred:
        return tr("…and invited someone who registered");
    case LifecycleDerivation::SecondOrder:
        return tr("…and placed a second paid order");
    }
    return {};
}

QList<qint64> LifecycleFunnelModel::loadCounts(const DateRange &range) const
{
    QList<qint64> counts(stepCount(), 0);
    if (!range.isValid())
        return counts;
    QSqlQuery q = prepareCounts(QStringLiteral("SELECT step, SUM(visitors) FROM lifecycle_daily "
                                               "WHERE day >= ? AND day <= ?%1 GROUP BY step"),
                                range);
    if (q.exec()) {
        while (q.next()) {
            const int step = q.value(0).toInt();
            // A visitor at step k has reached every step up to k.
            for (int i = 0; i <= step && i < stepCount(); ++i)
                counts[i] += q.value(1).toLongLong();
        }
    }
    return counts;
}
