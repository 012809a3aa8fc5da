#include "panes/products/ProductsPane.h"

#include "itemmodels/ProductTableModel.h"
#include "widgets/TablePanel.h"

#include <QLineEdit>

#include <QVBoxLayout>

ProductsPane::ProductsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_model(new ProductTableModel(db, this)), m_table(new TablePanel(m_model, QStringLiteral("products"), this))
{
    setObjectName(QStringLiteral("productsPane"));
    m_table->searchBox()->setPlaceholderText(tr("Search products by name, SKU or category…"));
    m_table->setEmptyText(tr("No products yet — sync your shop."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void ProductsPane::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
}

void ProductsPane::reload()
{
    m_model->reload();
}
