#include "panes/funnels/FunnelsPane.h"

#include "itemmodels/FunnelModel.h"
#include "widgets/TablePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

FunnelsPane::FunnelsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_model(new FunnelModel(db, this)),
      m_table(new TablePanel(static_cast<QAbstractItemModel *>(m_model), QStringLiteral("funnels"), this))
{
    setObjectName(QStringLiteral("funnelsPane"));
    m_table->setSearchVisible(false);
    m_table->view()->setSortingEnabled(false);
    m_table->view()->horizontalHeader()->resizeSection(FunnelModel::Step, 200);
    auto *note = new QLabel(tr("Sessions started in the date range that reached each step (viewed a product, added "
                               "to cart, began checkout, purchased)."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
}

void FunnelsPane::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
}

void FunnelsPane::reload()
{
    m_model->reload();
}
