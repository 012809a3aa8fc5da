#pragma once

#include "store/Database.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

// A small hand-built shop written with SQL into a fresh SQLite store, shared by the item-model
// and GUI tests. Days are 2026-11-20..22 in Asia/Shanghai; one session and one order sit at
// 00:30/00:40 shop time on the 22nd (still the 21st in UTC) to catch machine-zone mistakes.
class FixtureStore
{
public:
    FixtureStore();
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Database &db() { return *m_db; }
    QString path() const;

    static qint64 shopMs(QDate day, int hour, int minute = 0);
    static QDate firstDay() { return QDate(2026, 11, 20); }
    static QDate lastDay() { return QDate(2026, 11, 22); }

private:
    bool fill();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_error;
};
