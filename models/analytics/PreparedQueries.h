#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <memory>

class Database;

// Prepared statements kept for the life of a derivation, keyed by their SQL, on one connection;
// exec() reports the driver's error text.
class PreparedQueries
{
public:
    explicit PreparedQueries(Database &db) : m_db(db) {}
    QSqlQuery &get(const QString &sql);
    static bool exec(QSqlQuery &q, QString *error);

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};
