#include "panes/overview/OverviewPane.h"

#include "core/Money.h"
#include "itemmodels/OverviewModel.h"
#include "panes/overview/DayComparisonPanel.h"
#include "panes/overview/OverviewChart.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/FigureCard.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OverviewPane::OverviewPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_model(new OverviewModel(db, this)),
      m_chartModel(new OverviewModel(db, this)), m_shopName(new QLabel(this)),
      m_sessions(new FigureCard(tr("Sessions"), QStringLiteral("figureSessions"), this)),
      m_orders(new FigureCard(tr("Paid orders"), QStringLiteral("figurePaidOrders"), this)),
      m_revenue(new FigureCard(tr("Revenue"), QStringLiteral("figureRevenue"), this)),
      m_conversion(new FigureCard(tr("Conversion"), QStringLiteral("figureConversion"), this)),
      m_chart(new OverviewChart(m_chartModel, this)),
      m_dayComparison(new DayComparisonPanel(db, this)),
      m_days(new TablePanel(static_cast<QAbstractItemModel *>(m_model),
                            QStringLiteral("overviewDays"), this))
{
    setObjectName(QStringLiteral("overviewPane"));
    m_shopName->setObjectName(QStringLiteral("overviewShopName"));
    QFont heading = m_shopName->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_shopName->setFont(heading);
    setAccessibleDescription(tr("The shop's headline figures for the date range"));
    m_days->setSearchVisible(false);
    m_days->setTitle(tr("Figures per day"), tr("One row per day of the date range"));
    auto *cards = new QGridLayout;
    cards->addWidget(m_sessions, 0, 0);
    cards->addWidget(m_orders, 0, 1);
    cards->addWidget(m_revenue, 0, 2);
    cards->addWidget(m_conversion, 0, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_days);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    auto *savePng = new QPushButton(tr("Save chart as PNG…"), this);
    savePng->setObjectName(QStringLiteral("overviewSaveChart"));
    connect(savePng, &QPushButton::clicked, this,
            [this] { PaneExport::saveChart(this, m_chart, QStringLiteral("overview")); });
    // The keyboard follows the page: the button at the top, the chart, then its days.
    chainTabOrder({savePng, m_chart, m_days->view()});
    auto *top = new QHBoxLayout;
    top->addWidget(m_shopName, 1);
    top->addWidget(savePng);
    layout->addLayout(top);
    layout->addWidget(m_dayComparison);
    layout->addLayout(cards);
    layout->addWidget(splitter, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OverviewPane::showFigures);
}

void OverviewPane::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
    m_chartModel->setDateRange(DateRange(range.to().addDays(-29), range.to()));
}

void OverviewPane::reload()
{
    m_dayComparison->reload();
    m_model->reload();
    m_chartModel->reload();
}

void OverviewPane::showFigures()
{
    const OverviewModel::Figures totals = m_model->totals();
    const QLocale locale;
    const ShopInfo &shop = m_model->shop();
    m_shopName->setText(
        shop.present ? shop.name : tr("No shop synced yet — sync your shop to see its figures."));
    m_orders->setValue(locale.toString(totals.paidOrders));
    m_revenue->setValue(Money::display(totals.revenue, shop.currency));
    const bool visits = shop.capabilities().visits;
    // Without visits, "sessions" are orders: a dash and the reason rather than a misleading figure.
    const QString why =
        visits ? QString()
               : tr("%1 records the visit behind each order, not every visit: visits and "
                    "conversion rates are not available for this shop.")
                     .arg(shop.kindDisplayName());
    m_sessions->setValue(visits ? locale.toString(totals.sessions) : QStringLiteral("—"));
    m_conversion->setValue(visits ? locale.toString(totals.conversion() * 100.0, 'f', 2) +
                                        QLatin1Char('%')
                                  : QStringLiteral("—"));
    m_sessions->setToolTip(why);
    m_conversion->setToolTip(why);
    m_days->view()->setColumnHidden(OverviewModel::Sessions, !visits);
    m_days->view()->setColumnHidden(OverviewModel::Conversion, !visits);
    // Today's day reads "2026-12-06 (until 14:05)": wide enough for it.
    m_days->view()->resizeColumnToContents(OverviewModel::Day);
}
