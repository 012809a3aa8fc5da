#pragma once

#include "itemmodels/DateRange.h"
#include "itemmodels/ShopInfo.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>
#include <functional>

class Database;
class QSqlQuery;

// Base of the store-backed tables. Sorting and filtering happen in SQL (ORDER BY / LIKE), rows
// arrive in batches through canFetchMore()/fetchMore(), so a table of a million sessions only
// ever holds what the view has scrolled to. A batch continues after the last row's (sort value,
// id) (keyset paging), not at an OFFSET that the database would have to count through: row
// 900,000 comes as fast as row 200. Subclasses describe their columns and FROM clause.
//
// SQL written by subclasses may use the named placeholders :from and :to (the date range in epoch
// ms, half-open) anywhere; the base binds them.
class SqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind {
        Text,
        Integer,
        Money,
        DateTime,
        Percent,
        OrderStatus,
        ProductStatus,
        CommissionStatus,
        Collection
    };
    struct Column
    {
        QString header;
        QString expression; // SQL expression selected (and sorted on)
        Kind kind = Kind::Text;
        QString key =
            {}; // stable export key; empty: derived from a simple `alias.column` expression
        QString help = {}; // what the figure is, shown as the header's tooltip
    };

    explicit SqlTableModel(Database &db, QObject *parent = nullptr);

    void setDateRange(const DateRange &range);
    DateRange dateRange() const { return m_range; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }

    // Re-reads the shop row (time zone, currency) and the first batch.
    void reload();
    // Rows matching the range and filter, whether fetched yet or not.
    qint64 totalRowCount() const;
    const ShopInfo &shop() const { return m_shop; }
    QString recordId(int row) const;
    // The order rows are in: the column sorted on last, or the model's default.
    int sortColumn() const { return m_sortColumn >= 0 ? m_sortColumn : defaultSortColumn(); }
    Qt::SortOrder sortOrder() const { return m_sortColumn >= 0 ? m_sortOrder : defaultSortOrder(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Why the last read failed (shown over the table), empty after a read that worked.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void queryFailed(const QString &error);

protected:
    virtual QList<Column> columns() const = 0;
    virtual QString fromClause() const = 0;
    virtual QString idExpression() const = 0;
    // Column the date range applies to (empty: the table is not restricted to the range).
    virtual QString timeExpression() const { return {}; }
    virtual QStringList searchExpressions() const = 0;
    // Extra WHERE condition and its bindings (e.g. the order whose items are shown).
    virtual QString extraCondition() const { return {}; }
    virtual void bindExtra(QSqlQuery &query) const { Q_UNUSED(query); }
    virtual int defaultSortColumn() const { return 0; }
    virtual Qt::SortOrder defaultSortOrder() const { return Qt::DescendingOrder; }
    virtual QString displayText(int column, const QVariant &raw) const;
    // The value exported to CSV/JSON: decimal yuan, full shop-local times, plain numbers.
    virtual QVariant exportValue(int column, const QVariant &raw) const;
    QString columnKey(int column) const;

    Database &database() const { return m_db; }
    const QList<Column> &columnList() const;

private:
    QString whereClause() const;
    void bindCommon(QSqlQuery &query) const;
    // The next batch after `last` (a row as held in m_rows), or the first one when it is null.
    // On failure *error is the failed query's own error text.
    QList<QVariantList> fetchBatch(const QVariantList *last, QString *error) const;
    bool runBatchQuery(const QString &condition, const QVariantList *last, int limit,
                       QList<QVariantList> *rows, QString *error) const;

    Database &m_db;
    ShopInfo m_shop;
    DateRange m_range;
    QString m_filter;
    mutable QList<Column> m_columns;
    QList<QVariantList> m_rows; // raw values per column, then the record id
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_batchSize = 200;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_lastError;
};
