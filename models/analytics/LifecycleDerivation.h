#pragma once

#include "analytics/PreparedQueries.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

class Database;

// The merchant's loop, per visitor (visitor_lifecycle) and per acquisition day (lifecycle_daily).
// A visitor is acquired on the shop day of their first session, in that session's channel and
// source. Steps, each counted only when every earlier one is reached too:
//   0 acquired, 1 registered (a register event or a logged-in session), 2 came back (another
//   session within 7 days after the first), 3 followed the official account (a follow event or
//   the customer's wechat_followed), 4 first paid order, 5 referred someone who registered
//   (a customer whose referrer is them), 6 second paid order.
// Paid: paid, shipped or completed.
class LifecycleDerivation
{
public:
    enum Step {
        Acquired,
        Registered,
        CameBack,
        Followed,
        FirstOrder,
        Referred,
        SecondOrder,
        StepCount
    };
    static constexpr qint64 kComeBackWindowMs = 7LL * 24 * 3600 * 1000;

    explicit LifecycleDerivation(Database &db);
    ~LifecycleDerivation();

    // Recomputes these visitors' rows; notes their acquisition days (old and new) as touched.
    bool refreshVisitors(const QSet<QString> &visitorIds, QString *error);

    // A stamped session (SessionDerivation::Stamp), as the caller already holds it.
    struct Session
    {
        QString id;
        QString visitorId;
        qint64 startedAt = 0;
        int day = 0;
        QString channel, source, keyword;
        QString customerId; // empty: not logged in
        // Its follow and register events (and the customers those name), where the caller
        // has read them: then the visitors' events are not read again.
        bool eventsRead = false;
        bool followed = false;
        bool registerEvent = false;
        QStringList registeredAs;
    };
    // A session from the columns sessionColumns() names.
    static QString sessionColumns();
    static Session sessionAt(const QSqlQuery &q);
    // The same, from every session of these visitors in visitor, start and id order (a
    // derivation that has just read them need not read them again).
    bool refreshVisitors(const QSet<QString> &visitorIds, const QList<Session> &sessions,
                         QString *error);
    // For a derivation that rebuilds every day afterwards (rebuildAllDays): the days visitors
    // were acquired on before need not be noted.
    void setRebuildsAllDays(bool all) { m_rebuildsAllDays = all; }
    // Rebuilds lifecycle_daily for the touched days.
    bool rebuildDirtyDays(QString *error);
    // The touched days, handed over (the caller persists them and rebuilds later).
    QSet<int> takeDirtyDays() { return std::exchange(m_dirtyDays, {}); }
    bool rebuildDays(const QSet<int> &days, QString *error);
    // After a reclassification: visitors' channels from their first sessions, then every day.
    bool rebuildAll(QString *error);
    bool rebuildAllDays(QString *error);

private:
    struct Visitor
    {
        qint64 firstAt = 0;
        int firstDay = 0;
        QString channel, source;
        bool cameBack = false;
        bool followed = false;
        bool registerEvent = false;
        QSet<QString> customers;
    };
    using Visitors = QHash<QString, Visitor>;
    static void addSession(Visitors &visitors, const Session &session);
    bool noteOldDays(const QString &keys, QString *error);
    // From the visitors' sessions on: their events, customers and rows.
    // `eventsRead`: the sessions brought their events (Session::eventsRead).
    bool writeVisitors(const QSet<QString> &visitorIds, Visitors &visitors, const QString &keys,
                       bool eventsRead, QString *error);
    // The visitors' follow and register events, from the store.
    bool readEvents(Visitors &visitors, const QString &keys, QString *error);
    QSqlQuery &prepared(const QString &sql) { return m_queries.get(sql); }
    static bool exec(QSqlQuery &q, QString *error) { return PreparedQueries::exec(q, error); }

    Database &m_db;
    PreparedQueries m_queries;
    QSet<int> m_dirtyDays;
    bool m_rebuildsAllDays = false;
};
