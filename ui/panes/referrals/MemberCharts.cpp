#include "panes/referrals/MemberCharts.h"

#include "core/Money.h"
#include "itemmodels/ReferralTreeModel.h"
#include "widgets/ChartAxisScale.h"
#include "widgets/DashboardChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QPieSeries>
#include <QVBoxLayout>

MemberCharts::MemberCharts(ReferralTreeModel *tree, QWidget *parent)
    : QWidget(parent), m_tree(tree), m_title(new QLabel(this)),
      m_levels(new DashboardChartView(this)), m_status(new DashboardChartView(this))
{
    m_title->setObjectName(QStringLiteral("referralMemberTitle"));
    setAccessibleName(tr("The selected member"));
    m_levels->setObjectName(QStringLiteral("referralLevelChart"));
    m_status->setObjectName(QStringLiteral("referralStatusChart"));
    // Both charts are drawn by showMember(): one rebuild for a new colour scheme.
    connect(m_levels, &DashboardChartView::rebuildRequested, this,
            [this] { showMember(m_member); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_levels, 1);
    layout->addWidget(m_status, 1);
    showMember({});
}

void MemberCharts::showMember(const QString &customerId)
{
    m_member = customerId;
    const ReferralGraph &graph = m_tree->graph();
    const int member = graph.indexOf(customerId);
    QChart *levels = DashboardChartView::newChart();
    QChart *status = DashboardChartView::newChart();
    levels->setTitle(tr("Downline revenue per level (yuan)"));
    status->setTitle(tr("Commission by status"));
    QStringList levelTexts; // the charts in words
    QStringList statusTexts;
    if (member == ReferralGraph::kNone || m_tree->stats().isEmpty()) {
        m_title->setText(tr("Select a member to see their downline and commissions."));
        levelTexts << m_title->text();
        statusTexts << m_title->text();
    } else {
        const MemberFigures &f = m_tree->stats().of(member);
        const QString nickname = graph.nickname(member);
        m_title->setText(nickname.isEmpty() ? customerId
                                            : QStringLiteral("%1 (%2)").arg(nickname, customerId));
        auto *set = new QBarSet(tr("Revenue"));
        QStringList categories;
        qint64 top = 0; // fen, as the bars are
        for (int level = 0; level < MemberFigures::kLevels; ++level) {
            const qint64 fen = f.downlineRevenue[size_t(level)];
            *set << double(fen);
            top = std::max(top, fen);
            categories << tr("Level %1").arg(level + 1);
            levelTexts << tr("%1: %2").arg(categories.constLast(),
                                           Money::display(fen, m_tree->shop().currency));
        }
        auto *bars = new QBarSeries;
        bars->append(set);
        levels->addSeries(bars);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        QCategoryAxis *y = ChartAxisScale(0, double(top), ChartAxisScale::Kind::Money, QLocale(),
                                          m_tree->shop().currency)
                               .createAxis();
        levels->addAxis(x, Qt::AlignBottom);
        levels->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        auto *pie = new QPieSeries;
        const QStringList names{tr("Pending"), tr("Confirmed"), tr("Paid out"), tr("Reversed")};
        for (int s = 0; s < MemberFigures::StatusCount; ++s) {
            const qint64 fen = f.commission[size_t(s)];
            if (fen > 0) {
                statusTexts << QStringLiteral("%1 %2").arg(
                    names.at(s), Money::display(fen, m_tree->shop().currency));
                pie->append(statusTexts.constLast(), double(fen));
            }
        }
        if (statusTexts.isEmpty())
            statusTexts << tr("No commission.");
        status->addSeries(pie);
    }
    levels->legend()->hide();
    m_levels->showChart(levels, levelTexts.join(tr(", ")));
    m_status->showChart(status, statusTexts.join(tr(", ")));
}
