#pragma once

#include "store/Database.h"
#include "sync/PageApplier.h"

#include <QDate>
#include <QStringList>

class TrafficObserver;

// Feeds hand-built pages through the real PageApplier with the traffic observer installed, in
// whatever order a test wants (events before their sessions, say), and reads the aggregates back.
class TrafficFixture
{
public:
    // DeferFirstSync: the observer as a sync installs it (TrafficObserver::setDeferFirstSync).
    enum Mode { PageByPage, DeferFirstSync };
    explicit TrafficFixture(Database &db, Mode mode = PageByPage);
    ~TrafficFixture();

    // Epoch ms of a Beijing wall-clock time (the shop's zone).
    static qint64 bj(QDate day, int hour, int minute = 0);
    static QDate d(int day) { return QDate(2026, 11, day); }

    bool writeShop(const QString &timeZone = QStringLiteral("Asia/Shanghai"));
    bool apply(const ParsedPage &page);
    QString error() const { return m_error; }

    static SessionRecord session(const QString &id, const QString &visitor, qint64 at,
                                 const QString &landing, const QString &referrer = {},
                                 const QString &customer = {});
    static EventRecord event(const QString &id, const QString &session, const QString &type,
                             qint64 at, const QString &customer = {});
    static OrderRecord order(const QString &id, const QString &customer, const QString &session,
                             const QString &status, qint64 at, qint64 total);
    static CustomerRecord customer(const QString &id, const QString &referrer = {},
                                   bool followed = false);

    // The standard small shop of tst_trafficderivation (see the .cpp for what it holds), with the
    // events and orders arriving before their sessions.
    bool loadStandardShop();

    // Rows of an aggregate table as sorted text lines, for comparing two ways of computing it.
    QStringList dump(const QString &table) const;

private:
    Database &m_db;
    PageApplier m_applier;
    TrafficObserver *m_observer;
    qint64 m_gen = 1;
    QString m_error;
};
