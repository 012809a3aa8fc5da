#pragma once

#include "itemmodels/StepFunnelModel.h"

// The shop funnel, per session: sessions → viewed a product → added to cart → began checkout →
// purchased. A session counts at a step when it has that step's event and every earlier step's,
// in that order, in the same session. From traffic_daily (sessions' funnel depth per day).
class FunnelModel : public StepFunnelModel
{
    Q_OBJECT
public:
    enum class StepKind { AllSessions, ViewProduct, AddToCart, BeginCheckout, Purchase };

    explicit FunnelModel(Database &db, QObject *parent = nullptr);

    qint64 sessionsAt(StepKind step) const { return countAt(int(step)); }
    static QString stepName(StepKind step);
    static QString eventType(StepKind step); // contract's event type; empty for AllSessions

    int stepCount() const override { return 5; }
    QString stepName(int step) const override { return stepName(StepKind(step)); }
    QString stepKey(int step) const override;
    QString stepDefinition(int step) const override;
    QString countHeader() const override { return tr("Sessions"); }

protected:
    QList<qint64> loadCounts(const DateRange &range) const override;
};
