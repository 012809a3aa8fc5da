#pragma once

#include "TempStore.h"
#include "store/Database.h"
#include "sync/PageApplier.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

// Helpers of the store fault tests (tst_storefaults, tst_servergone, tst_storeproblem).
namespace StoreFaultSupport {

inline const QStringList &syncedTables()
{
    static const QStringList tables = {QStringLiteral("products"),    QStringLiteral("customers"),
                                       QStringLiteral("orders"),      QStringLiteral("order_items"),
                                       QStringLiteral("sessions"),    QStringLiteral("events"),
                                       QStringLiteral("commissions"), QStringLiteral("quarantine")};
    return tables;
}

// Every synced table's rows, for comparing a store before and after a fault.
inline QMap<QString, QStringList> snapshot(const Database &db)
{
    QMap<QString, QStringList> rows;
    for (const QString &table : syncedTables())
        rows.insert(table, TempStore::dump(db, table));
    return rows;
}

inline qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs `action` inside the store's page transaction once `pages` pages were stored (the page hook
// every sync has), then lets the page go on: the fault lands mid-sync however fast the site is.
class AfterPages : public PageApplier::Observer
{
public:
    AfterPages(int pages, std::function<void(Database &)> action)
        : m_pages(pages), m_action(std::move(action))
    {}
    bool pageApplied(Database &db, const ParsedPage &, QString *) override
    {
        if (++m_seen == m_pages)
            m_action(db);
        return true;
    }
    int seen() const { return m_seen; }

private:
    int m_pages;
    int m_seen = 0;
    std::function<void(Database &)> m_action;
};

// A full disk as SQLite sees it: no page may be added beyond those the file has now.
inline void fillDisk(Database &db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
}

// Space freed again.
inline void freeDisk(Database &db)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 2147483646")));
}

// Root writes through any chmod, and tests often run as root (containers, CI): for its lifetime
// the test acts as the unprivileged user "nobody", so that a read-only file is read-only.
class Unprivileged
{
public:
    Unprivileged()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0) {
            m_switched = setegid(65534) == 0 && seteuid(65534) == 0;
        }
#endif
    }
    ~Unprivileged()
    {
#ifdef Q_OS_UNIX
        if (m_switched) {
            [[maybe_unused]] const int a = seteuid(0);
            [[maybe_unused]] const int b = setegid(0);
        }
#endif
    }
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

private:
    bool m_switched = false;
};

constexpr auto kAll = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
constexpr auto kReadOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kReadOnlyFolder =
    kReadOnlyFile | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;

} // namespace StoreFaultSupport
