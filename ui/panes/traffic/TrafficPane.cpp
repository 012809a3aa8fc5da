#include "panes/traffic/TrafficPane.h"

#include "itemmodels/SessionTableModel.h"
#include "widgets/TablePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

TrafficPane::TrafficPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_model(new SessionTableModel(db, this)), m_table(new TablePanel(m_model, QStringLiteral("traffic"), this))
{
    setObjectName(QStringLiteral("trafficPane"));
    m_table->searchBox()->setPlaceholderText(tr("Search visits by landing page, referrer or visitor…"));
    m_table->setEmptyText(tr("No visits in this date range — sync your shop or pick another range."));
    m_table->view()->horizontalHeader()->resizeSection(SessionTableModel::Landing, 320);
    m_table->view()->horizontalHeader()->resizeSection(SessionTableModel::Referrer, 260);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void TrafficPane::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
}

void TrafficPane::reload()
{
    m_model->reload();
}
