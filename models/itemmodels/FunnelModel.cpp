#include "itemmodels/FunnelModel.h"

#include "analytics/ShopDay.h"
#include "store/Database.h"

#include <QSqlQuery>

FunnelModel::FunnelModel(Database &db, QObject *parent) : StepFunnelModel(db, parent)
{}

QString FunnelModel::eventType(StepKind step)
{
    switch (step) {
    case StepKind::AllSessions:
        break;
    case StepKind::ViewProduct:
        return QStringLiteral("view_product");
    case StepKind::AddToCart:
        return QStringLiteral("add_to_cart");
    case StepKind::BeginCheckout:
        return QStringLiteral("begin_checkout");
    case StepKind::Purchase:
        return QStringLiteral("purchase");
    }
    return {};
}

QString FunnelModel::stepName(StepKind step)
{
    switch (step) {
    case StepKind::AllSessions:
        return tr("Sessions");
    case StepKind::ViewProduct:
        return tr("Viewed a product");
    case StepKind::AddToCart:
        return tr("Added to cart");
    case StepKind::BeginCheckout:
        return tr("Began checkout");
    case StepKind::Purchase:
        return tr("Purchased");
    }
    return {};
}

QString FunnelModel::stepKey(int step) const
{
    return step == 0 ? QStringLiteral("sessions") : eventType(StepKind(step));
}

QString FunnelModel::stepDefinition(int step) const
{
    if (step == 0)
        return tr("Visits that started on the chosen days (in the shop's time zone)");
    return tr("Visits with a “%1” event after every earlier step's event, in order, in the same "
              "visit")
        .arg(eventType(StepKind(step)));
}

QList<qint64> FunnelModel::loadCounts(const DateRange &range) const
{
    QList<qint64> counts(stepCount(), 0);
    if (!range.isValid())
        return counts;
    QSqlQuery q = prepareCounts(
        QStringLiteral("SELECT SUM(sessions), SUM(viewed), SUM(carted), SUM(checked_out), "
                       "SUM(purchased) FROM traffic_daily WHERE day >= ? AND day <= ?%1"),
        range);
    if (q.exec() && q.next()) {
        for (int i = 0; i < stepCount(); ++i)
            counts[i] = q.value(i).toLongLong();
    }
    return counts;
}
