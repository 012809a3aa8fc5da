#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
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

    // Statements over many keys at once (one round trip per chunk instead of per key, which is
    // what a networked PostgreSQL store needs): keys in chunks of at most kChunk, "?, ?, ?" for
    // an IN list, and "(CAST(? AS TEXT), CAST(? AS INTEGER)), ..." for the rows of a VALUES list
    // (typed, so that PostgreSQL knows the columns of a VALUES table in a WITH clause).
    static constexpr qsizetype kChunk = 100;
    static QList<QStringList> chunks(const QSet<QString> &keys);
    static QString marks(qsizetype n);
    static QString typedRows(qsizetype n, const QStringList &types);
    static void bindAll(QSqlQuery &q, const QStringList &values);

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};
