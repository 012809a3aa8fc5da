#pragma once

#include <QList>
#include <QString>
#include <functional>

class Database;

// Copies every table of one store into another (a local SQLite store into a team PostgreSQL
// database: yutang-cli migrate), keeping ids and sync state, so the team store continues the
// local store's incremental sync. Both stores must be at the same schema version (Database::open
// brings them there). Rows go over in batches, each batch one transaction; afterwards every
// table's row count is compared.
class StoreCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
        bool matches() const { return source == target; }
    };
    struct Report
    {
        QList<TableCount> tables;
        QString error; // why the copy stopped (empty: it ran to the end)
        bool countsMatch() const;
        qint64 rows() const;
    };
    using Progress = std::function<void(const QString &table, qint64 copied, qint64 total)>;

    StoreCopier(Database &from, Database &to);

    void setBatchSize(int rows) { m_batchSize = rows; }
    // Empty the target first, even when it already holds a shop's data (a re-run after a failure).
    void setReplace(bool replace) { m_replace = replace; }
    void setProgressHandler(Progress progress) { m_progress = std::move(progress); }

    Report run();

private:
    bool checkTarget(const QStringList &tables, QString *error);
    QStringList tablesInCopyOrder(QString *error) const;
    bool clearTarget(const QStringList &tables, QString *error);
    bool copyTable(const QString &table, qint64 total, QString *error);
    bool resetSerials(const QString &table, QString *error);
    static qint64 count(const Database &db, const QString &table);

    Database &m_from;
    Database &m_to;
    int m_batchSize = 5000;
    bool m_replace = false;
    Progress m_progress;
};
