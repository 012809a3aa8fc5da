#pragma once

#include <QString>

// Moves a SQLite store file that cannot be used (damaged, or from a newer Yutang) out of the way,
// with its -wal and -shm files, so that a fresh store can take its place: renamed next to it with
// a suffix that says why and when ("shop.sqlite.damaged-20261206-1742"), never deleted.
class StoreSetAside
{
public:
    // The new path of the file, or empty with *error set (nothing was moved then).
    static QString moveAside(const QString &sqlitePath, const QString &why, QString *error);
};
