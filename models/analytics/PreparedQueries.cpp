#include "analytics/PreparedQueries.h"

#include "store/Database.h"

#include <QSqlError>

QSqlQuery &PreparedQueries::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return *it.value();
}

bool PreparedQueries::exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<QStringList> PreparedQueries::chunks(const QSet<QString> &keys)
{
    QList<QStringList> out;
    for (const QString &key : keys) {
        if (out.isEmpty() || out.constLast().size() >= kChunk)
            out.append(QStringList());
        out.last().append(key);
    }
    return out;
}

QString PreparedQueries::marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

QString PreparedQueries::typedRows(qsizetype n, const QStringList &types)
{
    QStringList cells;
    for (const QString &type : types)
        cells << QStringLiteral("CAST(? AS %1)").arg(type);
    const QString row = QLatin1Char('(') + cells.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringList(n, row).join(QStringLiteral(", "));
}

void PreparedQueries::bindAll(QSqlQuery &q, const QStringList &values)
{
    for (const QString &v : values)
        q.addBindValue(v);
}
