#pragma once

#include <QWidget>

class DashboardChartView;
class QLabel;
class ReferralTreeModel;

// The selected member at a glance: their downline's revenue per level (bars) and their
// commission by status (pie), from the tree model's precomputed figures.
class MemberCharts : public QWidget
{
    Q_OBJECT
public:
    MemberCharts(ReferralTreeModel *tree, QWidget *parent = nullptr);
    void showMember(const QString &customerId); // empty: clear

private:
    ReferralTreeModel *m_tree;
    QLabel *m_title;
    DashboardChartView *m_levels;
    DashboardChartView *m_status;
    QString m_member;
};
