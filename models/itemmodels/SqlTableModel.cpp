#include "itemmodels/SqlTableModel.h"

#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/StatusNames.h"
#include "store/Database.h"
#include "store/StoreFault.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

SqlTableModel::SqlTableModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

const QList<SqlTableModel::Column> &SqlTableModel::columnList() const
{
    if (m_columns.isEmpty())
        m_columns = columns();
    return m_columns;
}

void SqlTableModel::setDateRange(const DateRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
}

void SqlTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

QString SqlTableModel::whereClause() const
{
    QStringList conditions;
    if (!timeExpression().isEmpty() && m_range.isValid())
        conditions << QStringLiteral("%1 >= :from AND %1 < :to").arg(timeExpression());
    if (!m_filter.isEmpty()) {
        QStringList alternatives;
        const QString like = m_db.dialect().caseInsensitiveLike();
        for (const QString &expr : searchExpressions())
            alternatives << QStringLiteral("%1 %2 :filter ESCAPE '\\'").arg(expr, like);
        if (!alternatives.isEmpty())
            conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                              QLatin1Char(')');
    }
    const QString extra = extraCondition();
    if (!extra.isEmpty())
        conditions << extra;
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void SqlTableModel::bindCommon(QSqlQuery &query) const
{
    const QString sql = query.lastQuery();
    const ShopCalendar calendar = m_shop.calendar();
    // Without a valid range the placeholders still get values: everything.
    const qint64 from =
        m_range.isValid() ? m_range.startMs(calendar) : std::numeric_limits<qint64>::min();
    const qint64 to =
        m_range.isValid() ? m_range.endMs(calendar) : std::numeric_limits<qint64>::max();
    if (sql.contains(QLatin1String(":from")))
        query.bindValue(QStringLiteral(":from"), from);
    if (sql.contains(QLatin1String(":to")))
        query.bindValue(QStringLiteral(":to"), to);
    if (sql.contains(QLatin1String(":filter"))) {
        QString escaped = m_filter;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        query.bindValue(QStringLiteral(":filter"), QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    bindExtra(query);
}

QList<QVariantList> SqlTableModel::fetchBatch(const QVariantList *last, QString *error) const
{
    QList<QVariantList> rows;
    if (!last) {
        runBatchQuery({}, nullptr, m_batchSize, &rows, error);
        return rows;
    }
    const QList<Column> &cols = columnList();
    const int sortIndex = sortColumn();
    const QString sortExpr = cols.value(sortIndex).expression;
    const QString id = idExpression();
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const QString after = ascending ? QStringLiteral(">") : QStringLiteral("<");
    // NULL sort values form one block (ordered by id) before or after the non-null rows.
    const bool nullsLast = ascending == m_db.dialect().nullsSortAsLargest();
    QString thisBlock, nextBlock;
    if (!last->value(sortIndex).isNull()) {
        // A row value comparison: both backends seek it in an index on (sort column, id).
        thisBlock =
            QStringLiteral("(%1, %2) %3 (:keyset_value, :keyset_id)").arg(sortExpr, id, after);
        if (nullsLast)
            nextBlock = QStringLiteral("%1 IS NULL").arg(sortExpr);
    } else {
        thisBlock = QStringLiteral("%1 IS NULL AND %2 %3 :keyset_id").arg(sortExpr, id, after);
        if (!nullsLast)
            nextBlock = QStringLiteral("%1 IS NOT NULL").arg(sortExpr);
    }
    bool ok = runBatchQuery(thisBlock, last, m_batchSize, &rows, error);
    if (ok && rows.size() < m_batchSize && !nextBlock.isEmpty())
        runBatchQuery(nextBlock, nullptr, m_batchSize - int(rows.size()), &rows, error);
    return rows;
}

bool SqlTableModel::runBatchQuery(const QString &condition, const QVariantList *last, int limit,
                                  QList<QVariantList> *rows, QString *error) const
{
    const QList<Column> &cols = columnList();
    QStringList selected;
    for (const Column &c : cols)
        selected << c.expression;
    selected << idExpression();
    const QString direction =
        sortOrder() == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString where = whereClause();
    if (!condition.isEmpty())
        where +=
            (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + condition;
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, %6 %5 LIMIT %7")
                            .arg(selected.join(QStringLiteral(", ")), fromClause(), where,
                                 cols.value(sortColumn()).expression, direction, idExpression(),
                                 QString::number(limit));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    bindCommon(q);
    if (last) {
        if (sql.contains(QLatin1String(":keyset_value")))
            q.bindValue(QStringLiteral(":keyset_value"), last->value(sortColumn()));
        q.bindValue(QStringLiteral(":keyset_id"), last->constLast());
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    const int width = int(cols.size()) + 1;
    while (q.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(q.value(i));
        rows->append(row);
    }
    return true;
}

void SqlTableModel::reload()
{
    beginResetModel();
    m_shop = ShopInfo::load(m_db);
    QString error;
    m_rows = fetchBatch(nullptr, &error);
    m_atEnd = !error.isEmpty() || m_rows.size() < m_batchSize;
    m_lastError =
        error.isEmpty()
            ? QString()
            : tr("Cannot read the store: %1").arg(StoreFault::diagnose(m_db, error).message());
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT queryFailed(m_lastError);
}

qint64 SqlTableModel::totalRowCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(fromClause(), whereClause())))
        return 0;
    bindCommon(q);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString SqlTableModel::recordId(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).constLast().toString();
}

int SqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnList().size());
}

QString SqlTableModel::displayText(int column, const QVariant &raw) const
{
    if (raw.isNull())
        return {};
    switch (columnList().at(column).kind) {
    case Kind::Text:
        return raw.toString();
    case Kind::Integer:
        return QLocale().toString(raw.toLongLong());
    case Kind::Money:
        return Money::display(raw.toLongLong(), m_shop.currency);
    case Kind::DateTime:
        return m_shop.calendar()
            .toShopTime(raw.toLongLong())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind::Percent:
        return QLocale().toString(raw.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case Kind::OrderStatus:
        return StatusNames::orderStatus(raw.toString());
    case Kind::ProductStatus:
        return StatusNames::productStatus(raw.toString());
    case Kind::CommissionStatus:
        return StatusNames::commissionStatus(raw.toString());
    case Kind::Collection:
        return StatusNames::collection(raw.toString());
    }
    return raw.toString();
}

QVariant SqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant &raw = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.column(), raw);
    case Qt::ToolTipRole:
        return columnList().at(index.column()).kind == Kind::Text ? raw : QVariant();
    case Qt::TextAlignmentRole: {
        const Kind kind = columnList().at(index.column()).kind;
        if (kind == Kind::Integer || kind == Kind::Money || kind == Kind::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case ItemRoles::RawValueRole:
        return raw;
    case ItemRoles::ExportRole:
        return exportValue(index.column(), raw);
    case ItemRoles::RecordIdRole:
        return row.constLast();
    default:
        return {};
    }
}

QVariant SqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < columnList().size())
        return columnList().at(section).header;
    if (orientation == Qt::Horizontal && role == ItemRoles::ColumnKeyRole && section >= 0 &&
        section < columnList().size())
        return columnKey(section);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 &&
        section < columnList().size() && !columnList().at(section).help.isEmpty())
        return columnList().at(section).help;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant SqlTableModel::exportValue(int column, const QVariant &raw) const
{
    if (raw.isNull())
        return {};
    switch (columnList().at(column).kind) {
    case Kind::Money:
        return Money::toDecimal(raw.toLongLong());
    case Kind::Integer:
        return raw.toLongLong();
    case Kind::DateTime:
        return m_shop.calendar()
            .toShopTime(raw.toLongLong())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Kind::Percent:
        return QString::number(raw.toDouble() * 100.0, 'f', 2);
    default:
        return displayText(column, raw);
    }
}

QString SqlTableModel::columnKey(int column) const
{
    const Column &c = columnList().at(column);
    if (!c.key.isEmpty())
        return c.key;
    // "o.number" -> "number", "status" -> "status"; anything else gets a positional key.
    static const QRegularExpression simple(QStringLiteral("^(?:\\w+\\.)?(\\w+)$"));
    const QRegularExpressionMatch m = simple.match(c.expression.trimmed());
    return m.hasMatch() ? m.captured(1) : QStringLiteral("column_%1").arg(column);
}

void SqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnList().size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

bool SqlTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SqlTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    // Views and testers may ask for more from inside the insert signals below; the rows are not
    // appended yet, so a nested fetch would read the same batch again.
    QScopedValueRollback<bool> fetching(m_fetching, true);
    QString error;
    const QList<QVariantList> batch =
        fetchBatch(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), &error);
    m_atEnd = !error.isEmpty() || batch.size() < m_batchSize;
    if (!error.isEmpty()) {
        // The rows already shown stay; the rest cannot be read now.
        m_lastError =
            tr("Cannot read the store: %1").arg(StoreFault::diagnose(m_db, error).message());
        Q_EMIT queryFailed(m_lastError);
    }
    if (batch.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
    m_rows.append(batch);
    endInsertRows();
}

QHash<int, QByteArray> SqlTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRoles::RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(ItemRoles::RecordIdRole, QByteArrayLiteral("recordId"));
    return names;
}
