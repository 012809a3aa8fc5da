#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh SQLite store in a temporary folder, removed with the object.
class TempStore
{
public:
    TempStore();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    std::unique_ptr<Database> openAnother(const QString &fileName);
    // Rows of a table as text lines sorted by id, without bookkeeping columns: for comparing stores.
    static QStringList dump(const Database &db, const QString &table);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};
