#pragma once

#include "itemmodels/StepFunnelModel.h"

// The merchant's loop, per visitor acquired in the period (first session on one of its days, in
// the filter's channel/source): acquired → registered → came back within 7 days → followed the
// official account → first paid order → referred someone who registered → second paid order.
// Each step counts visitors who reached it and every earlier one (LifecycleDerivation).
class LifecycleFunnelModel : public StepFunnelModel
{
    Q_OBJECT
public:
    explicit LifecycleFunnelModel(Database &db, QObject *parent = nullptr);

    int stepCount() const override;
    QString stepName(int step) const override;
    QString stepKey(int step) const override;
    QString stepDefinition(int step) const override;
    QString countHeader() const override { return tr("Visitors"); }

protected:
    QList<qint64> loadCounts(const DateRange &range) const override;
};
