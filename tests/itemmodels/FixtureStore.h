#pragma once

#include "TempStore.h"
#include "store/Database.h"

#include <QDate>

// A small hand-built shop written with SQL into a fresh store (a TempStore: SQLite, or a new
// PostgreSQL database with YUTANG_TEST_BACKEND=postgres), shared by the item-model, outbox and GUI
// tests. Days are 2026-11-20..22 in Asia/Shanghai; one session and one order sit at
// 00:30/00:40 shop time on the 22nd (still the 21st in UTC) to catch machine-zone mistakes.
class FixtureStore
{
public:
    FixtureStore();
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    Database &db() { return m_store.db(); }
    // The SQLite file path, or the postgresql:// URL of the fixture's database.
    QString path() const { return m_store.path(); }

    static qint64 shopMs(QDate day, int hour, int minute = 0);
    static QDate firstDay() { return QDate(2026, 11, 20); }
    static QDate lastDay() { return QDate(2026, 11, 22); }

private:
    bool fill();

    TempStore m_store;
    QString m_error;
    bool m_valid = false;
};
