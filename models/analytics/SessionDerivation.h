#pragma once

#include "analytics/ClassifierRule.h"
#include "analytics/LifecycleDerivation.h"
#include "analytics/PreparedQueries.h"
#include "analytics/TrafficClassifier.h"
#include "core/ShopCalendar.h"
#include "store/SqlDialect.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

class Database;
class RowWriter;
class TrafficTally;

// Per-session facts kept on the sessions row: classification and shop day, whether it is the
// visitor's first session, its ordered funnel depth, registration, paid orders. Every method
// notes which shop days and visitors it touched, so that only those aggregates are rebuilt.
// Works from the stored tables, so the order in which sessions, events and orders arrive does
// not matter: whichever comes last completes the facts.
class SessionDerivation
{
public:
    struct SessionInput
    {
        QString id;
        QString visitorId; // may be empty (reclassification: visitors are unaffected)
        qint64 startedAt = 0;
        QString landingUrl;
        QString referrerUrl;
        QString userAgent;
        QString attribution; // a platform's verdict on the visit (sessions.attribution), if any
    };

    explicit SessionDerivation(Database &db);
    ~SessionDerivation();

    // Reloads the shop's time zone and the merchant's rules (call at the start of each page).
    void refreshSettings();
    const ShopCalendar &calendar() const { return m_calendar; }

    // A session's shop day and traffic source: everything about it that needs no other record.
    struct Stamp
    {
        int day = 0; // ShopDay key
        TrafficSource source;
    };
    Stamp stampOf(const SessionInput &s);
    // The columns of a stamp as stored, for PageApplier::Observer::sessionStamp().
    static QList<SqlDialect::JsonColumn> stampColumns();
    static void appendStamp(const Stamp &stamp, RowWriter *row);

    // Classifies and stamps the shop day of these (already stored) sessions.
    bool classify(const QList<SessionInput> &sessions, QString *error);
    // Recomputes funnel depth, registration and paid orders of these sessions (missing ones are
    // skipped: their facts are computed when they arrive).
    bool refreshFacts(const QSet<QString> &sessionIds, QString *error);
    // The facts and first visits of whole visitors at once: `sessions` holds every (stamped)
    // session of each of its visitors, in visitor, start and id order. One UPDATE writes each
    // row once, where refreshFacts and refreshFirstVisits would write it twice (a first sync's
    // derivation of every session; TrafficReclassifier). Notes no days or visitors: the caller
    // rebuilds them all. Fills in the sessions' follow and register events for the loop, and
    // adds each session with its facts to `tally` (if given).
    bool deriveVisitors(QList<LifecycleDerivation::Session> *sessions, QString *error,
                        TrafficTally *tally = nullptr);
    // Marks each visitor's earliest session as the new-visitor session.
    bool refreshFirstVisits(const QSet<QString> &visitorIds, QString *error);
    // Notes the days and visitors of these sessions as touched.
    bool noteSessions(const QSet<QString> &sessionIds, QString *error);
    // Notes the visitors known as these customers (by session login or register event).
    bool noteCustomers(const QSet<QString> &customerIds, QString *error);

    QSet<int> takeDirtyDays();
    QSet<QString> takeDirtyVisitors();
    QSet<QString> &dirtyVisitors() { return m_dirtyVisitors; }

    // The classifier for a session landing on `landingUrl` (the landing host is the shop's own).
    const TrafficClassifier &classifierFor(const QString &landingUrl);

private:
    struct Facts
    {
        int depth = 0; // funnel steps done in order
        bool registered = false;
        bool followed = false;
        QStringList registeredAs; // the customers its register events name
        qint64 paid = 0;
        qint64 revenue = 0;
    };
    // The facts of these sessions from their events and paid orders (sessions with neither are
    // left out).
    bool readFacts(const QSet<QString> &sessionIds, QHash<QString, Facts> *facts, QString *error);

    QSqlQuery &prepared(const QString &sql) { return m_queries.get(sql); }
    static bool exec(QSqlQuery &q, QString *error) { return PreparedQueries::exec(q, error); }

    Database &m_db;
    ShopCalendar m_calendar;
    QByteArray m_timeZone; // m_calendar's
    QList<ClassifierRule> m_rules;
    QHash<QString, TrafficClassifier> m_classifiers; // by landing host
    PreparedQueries m_queries;
    QSet<int> m_dirtyDays;
    QSet<QString> m_dirtyVisitors;
};
