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
