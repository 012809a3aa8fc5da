#pragma once

#include "widgets/DashboardChartView.h"

class ReferralEconomyModel;

// The referral economy per acquisition channel as horizontal bars: own revenue and invitees'
// revenue stacked, commissions beside, so that what a channel brings after commissions is seen at
// a glance. Rebuilt whenever the model resets.
class ReferralEconomyChart : public DashboardChartView
{
    Q_OBJECT
public:
    explicit ReferralEconomyChart(ReferralEconomyModel *model, QWidget *parent = nullptr);

private:
    void rebuild();

    ReferralEconomyModel *m_model;
};
