#pragma once

#include "panes/DashboardPane.h"

class Database;
class ProductTableModel;
class TablePanel;

// 商品: the catalogue with units sold and revenue in the date range.
class ProductsPane : public DashboardPane
{
    Q_OBJECT
public:
    explicit ProductsPane(Database &db, QWidget *parent = nullptr);

    QString title() const override { return tr("Products"); }
    void setDateRange(const DateRange &range) override;
    void reload() override;
    ProductTableModel *model() const { return m_model; }

private:
    ProductTableModel *m_model;
    TablePanel *m_table;
};
