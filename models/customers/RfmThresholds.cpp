#include "customers/RfmThresholds.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kKey = QStringLiteral("rfm_thresholds");
}

QString RfmThresholds::problem() const
{
    if (recentDays <= 0)
        return tr("\"Recent\" must be at least one day.");
    if (lapsedDays <= recentDays)
        return tr("\"Lapsed\" must be longer ago than \"recent\".");
    if (repeatOrders < 2)
        return tr("A repeat buyer has at least two paid orders.");
    if (championSpend < 0)
        return tr("A champion's spending cannot be negative.");
    return {};
}

RfmThresholds RfmThresholds::load(const Database &db)
{
    RfmThresholds t;
    const QJsonObject o = QJsonDocument::fromJson(db.meta(kKey).toUtf8()).object();
    RfmThresholds stored;
    stored.recentDays = o.value(QStringLiteral("recent_days")).toInt(t.recentDays);
    stored.lapsedDays = o.value(QStringLiteral("lapsed_days")).toInt(t.lapsedDays);
    stored.repeatOrders = o.value(QStringLiteral("repeat_orders")).toInt(t.repeatOrders);
    stored.championSpend =
        qint64(o.value(QStringLiteral("champion_spend")).toDouble(double(t.championSpend)));
    return stored.isValid() ? stored : t;
}

bool RfmThresholds::save(Database &db) const
{
    const QJsonObject o{{QStringLiteral("recent_days"), recentDays},
                        {QStringLiteral("lapsed_days"), lapsedDays},
                        {QStringLiteral("repeat_orders"), repeatOrders},
                        {QStringLiteral("champion_spend"), double(championSpend)}};
    return isValid() &&
           db.setMeta(kKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
