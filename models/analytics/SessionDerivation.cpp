#include "analytics/SessionDerivation.h"

#include "analytics/ClassifierRuleStore.h"
#include "analytics/ShopDay.h"
#include "analytics/TrafficTally.h"
#include "analytics/UrlView.h"
#include "itemmodels/ShopInfo.h"
#include "store/Database.h"
#include "store/JsonRows.h"

#include <QSqlError>
#include <QVariant>

namespace {

// The shop funnel's steps, in order; a session's depth is how many of them it did in order.
const QStringList &funnelEvents()
{
    static const QStringList events = {
        QStringLiteral("view_product"), QStringLiteral("add_to_cart"),
        QStringLiteral("begin_checkout"), QStringLiteral("purchase")};
    return events;
}

} // namespace

SessionDerivation::SessionDerivation(Database &db) : m_db(db), m_queries(db)
{
    refreshSettings();
}

SessionDerivation::~SessionDerivation() = default;

void SessionDerivation::refreshSettings()
{
    // Called for every page: a time zone is read from the system's database when it is made.
    const ShopInfo shop = ShopInfo::load(m_db);
    if (shop.timeZone != m_timeZone) {
        m_calendar = shop.calendar();
        m_timeZone = shop.timeZone;
    }
    const QList<ClassifierRule> rules = ClassifierRuleStore::load(m_db);
    if (rules != m_rules) {
        m_rules = rules;
        m_classifiers.clear();
    }
}

const TrafficClassifier &SessionDerivation::classifierFor(const QString &landingUrl)
{
    const QString host = UrlView::withoutWww(UrlView(landingUrl).host()).toString().toLower();
    auto it = m_classifiers.find(host);
    if (it == m_classifiers.end())
        it = m_classifiers.insert(
            host, TrafficClassifier(host.isEmpty() ? QStringList() : QStringList{host}, m_rules));
    return it.value();
}

SessionDerivation::Stamp SessionDerivation::stampOf(const SessionInput &s)
{
    const TrafficSource source =
        classifierFor(s.landingUrl).classify(s.landingUrl, s.referrerUrl, s.userAgent);
    return {ShopDay::key(m_calendar.dayOf(s.startedAt)),
            s.attribution.isEmpty() ? source
                                    : TrafficSource::withAttribution(source, s.attribution)};
}

QList<SqlDialect::JsonColumn> SessionDerivation::stampColumns()
{
    // The day first: a session stored before stamping has none (PageApplier::Observer).
    using T = SqlDialect::ValueType;
    return {{QStringLiteral("day"), T::Integer},
            {QStringLiteral("channel"), T::Text},
            {QStringLiteral("source"), T::Text},
            {QStringLiteral("keyword"), T::Text}};
}

void SessionDerivation::appendStamp(const Stamp &stamp, RowWriter *row)
{
    row->add(stamp.day);
    row->add(stamp.source.channel);
    row->add(stamp.source.source);
    row->addNullable(stamp.source.keyword);
}

// Every method works on a page's sessions, visitors or customers at once: a few statements per
// page, with the keys and the computed rows sent as one JSON text each (JsonRows), instead of a
// few statements per record (a round trip each on PostgreSQL).

bool SessionDerivation::classify(const QList<SessionInput> &sessions, QString *error)
{
    JsonRows rows;
    for (const SessionInput &s : sessions) {
        const Stamp stamp = stampOf(s);
        rows.beginRow();
        rows.add(s.id);
        appendStamp(stamp, &rows);
        rows.endRow();
        if (!s.visitorId.isEmpty())
            m_dirtyVisitors.insert(s.visitorId);
        m_dirtyDays.insert(stamp.day);
    }
    if (rows.isEmpty())
        return true;
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE sessions SET day = r.day, channel = r.channel, source = r.source, "
                       "keyword = r.keyword FROM %1 AS r WHERE sessions.id = r.id")
            .arg(m_db.dialect().jsonRows(
                QList<SqlDialect::JsonColumn>{{QStringLiteral("id"), SqlDialect::ValueType::Text}} +
                stampColumns())));
    update.addBindValue(rows.parameter(m_db.dialect()));
    return exec(update, error);
}

bool SessionDerivation::readFacts(const QSet<QString> &sessionIds, QHash<QString, Facts> *out,
                                  QString *error)
{
    const QString keys = JsonRows::keys(sessionIds);
    QHash<QString, Facts> &facts = *out;
    facts.reserve(sessionIds.size());
    // Only the events that count, each as its step's number (registration: -1, and the
    // customer it names; following the official account: -2): a third of the events are of
    // other types, and a number costs less to read than a text.
    static const QString eventsSql = [] {
        const QStringList &steps = funnelEvents();
        QString cases, types;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(steps.at(i)).arg(i);
            types += QStringLiteral("'%1', ").arg(steps.at(i));
        }
        return QStringLiteral("SELECT session_id, CASE type%1 WHEN 'register' THEN -1 ELSE -2 "
                              "END, CASE WHEN type = 'register' THEN customer_id END FROM events "
                              "WHERE session_id IN %3 AND type IN (%2'register', 'follow') "
                              "ORDER BY session_id, at, id")
            .arg(cases, types);
    }();
    QSqlQuery &events = prepared(eventsSql.arg(m_db.dialect().jsonKeys()));
    events.addBindValue(keys);
    if (!exec(events, error))
        return false;
    while (events.next()) {
        Facts &f = facts[events.value(0).toString()];
        const int step = events.value(1).toInt();
        if (step == f.depth) {
            ++f.depth; // in order: a step counts only after every earlier one
        } else if (step == -1) {
            f.registered = true;
            if (!events.value(2).isNull())
                f.registeredAs.append(events.value(2).toString());
        } else if (step == -2) {
            f.followed = true;
        }
    }
    events.finish();
    QSqlQuery &orders = prepared(
        // CROSS JOIN keeps SQLite on the keys first, then orders_session: left to itself it
        // would walk every paid order by the status index.
        QStringLiteral("SELECT o.session_id, COUNT(*), COALESCE(SUM(o.total), 0) FROM %1 AS k "
                       "CROSS JOIN orders o WHERE o.session_id = k.value AND "
                       "o.status IN ('paid', 'shipped', 'completed') GROUP BY o.session_id")
            .arg(m_db.dialect().jsonKeys()));
    orders.addBindValue(keys);
    if (!exec(orders, error))
        return false;
    while (orders.next()) {
        Facts &f = facts[orders.value(0).toString()];
        f.paid = orders.value(1).toLongLong();
        f.revenue = orders.value(2).toLongLong();
    }
    orders.finish();
    return true;
}

bool SessionDerivation::refreshFacts(const QSet<QString> &sessionIds, QString *error)
{
    if (sessionIds.isEmpty())
        return true;
    QHash<QString, Facts> facts;
    if (!readFacts(sessionIds, &facts, error))
        return false;
    JsonRows rows;
    for (const QString &id : sessionIds) {
        const Facts f = facts.value(id);
        rows.append({id, f.depth, f.registered ? 1 : 0, f.paid, f.revenue});
    }
    using T = SqlDialect::ValueType;
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE sessions SET funnel_step = r.depth, registered = r.registered, "
                       "paid_orders = r.paid, revenue = r.revenue FROM %1 AS r "
                       "WHERE sessions.id = r.id")
            .arg(m_db.dialect().jsonRows({{QStringLiteral("id"), T::Text},
                                          {QStringLiteral("depth"), T::Integer},
                                          {QStringLiteral("registered"), T::Integer},
                                          {QStringLiteral("paid"), T::Integer},
                                          {QStringLiteral("revenue"), T::Integer}})));
    update.addBindValue(rows.parameter(m_db.dialect()));
    if (!exec(update, error))
        return false;
    return noteSessions(sessionIds, error);
}

bool SessionDerivation::deriveVisitors(QList<LifecycleDerivation::Session> *sessions,
                                       QString *error, TrafficTally *tally)
{
    if (sessions->isEmpty())
        return true;
    QSet<QString> ids;
    ids.reserve(sessions->size());
    for (const LifecycleDerivation::Session &s : std::as_const(*sessions))
        ids.insert(s.id);
    QHash<QString, Facts> facts;
    if (!readFacts(ids, &facts, error))
        return false;
    JsonRows rows;
    const QString *visitor = nullptr;
    for (LifecycleDerivation::Session &s : *sessions) {
        const bool first = !visitor || *visitor != s.visitorId;
        visitor = &s.visitorId;
        const Facts f = facts.value(s.id);
        rows.append({s.id, first ? 1 : 0, f.depth, f.registered ? 1 : 0, f.paid, f.revenue});
        s.eventsRead = true;
        s.followed = f.followed;
        s.registerEvent = f.registered;
        s.registeredAs = f.registeredAs;
        if (tally)
            tally->add({s.visitorId, s.day, s.channel, s.source, s.keyword, first, f.depth,
                        f.registered, f.paid, f.revenue});
    }
    // Only columns no index holds: PostgreSQL can then write each new row version on the same
    // page without touching an index (a HOT update; the sessions table leaves room for it).
    using T = SqlDialect::ValueType;
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE sessions SET new_visitor = r.flag, funnel_step = r.depth, "
                       "registered = r.registered, paid_orders = r.paid, revenue = r.revenue "
                       "FROM %1 AS r WHERE sessions.id = r.id")
            .arg(m_db.dialect().jsonRows({{QStringLiteral("id"), T::Text},
                                          {QStringLiteral("flag"), T::Integer},
                                          {QStringLiteral("depth"), T::Integer},
                                          {QStringLiteral("registered"), T::Integer},
                                          {QStringLiteral("paid"), T::Integer},
                                          {QStringLiteral("revenue"), T::Integer}})));
    update.addBindValue(rows.parameter(m_db.dialect()));
    return exec(update, error);
}

bool SessionDerivation::refreshFirstVisits(const QSet<QString> &visitorIds, QString *error)
{
    if (visitorIds.isEmpty())
        return true;
    QSqlQuery &list = prepared(
        QStringLiteral("SELECT visitor_id, id, day, new_visitor FROM sessions WHERE visitor_id IN "
                       "%1 ORDER BY visitor_id, started_at, id")
            .arg(m_db.dialect().jsonKeys()));
    list.addBindValue(JsonRows::keys(visitorIds));
    if (!exec(list, error))
        return false;
    JsonRows changes;
    QString visitor;
    while (list.next()) {
        const QString v = list.value(0).toString();
        const bool first = v != visitor;
        visitor = v;
        const int wanted = first ? 1 : 0;
        if (list.value(3).toInt() != wanted) {
            changes.append({list.value(1), wanted});
            if (const int day = list.value(2).toInt())
                m_dirtyDays.insert(day);
        }
    }
    list.finish();
    if (changes.isEmpty())
        return true;
    using T = SqlDialect::ValueType;
    QSqlQuery &update =
        prepared(QStringLiteral("UPDATE sessions SET new_visitor = r.flag FROM %1 AS r "
                                "WHERE sessions.id = r.id")
                     .arg(m_db.dialect().jsonRows(
                         {{QStringLiteral("id"), T::Text}, {QStringLiteral("flag"), T::Integer}})));
    update.addBindValue(changes.parameter(m_db.dialect()));
    return exec(update, error);
}

bool SessionDerivation::noteSessions(const QSet<QString> &sessionIds, QString *error)
{
    if (sessionIds.isEmpty())
        return true;
    QSqlQuery &q = prepared(QStringLiteral("SELECT day, visitor_id FROM sessions WHERE id IN %1")
                                .arg(m_db.dialect().jsonKeys()));
    q.addBindValue(JsonRows::keys(sessionIds));
    if (!exec(q, error))
        return false;
    while (q.next()) {
        if (!q.value(0).isNull())
            m_dirtyDays.insert(q.value(0).toInt());
        m_dirtyVisitors.insert(q.value(1).toString());
    }
    q.finish();
    return true;
}

bool SessionDerivation::noteCustomers(const QSet<QString> &customerIds, QString *error)
{
    if (customerIds.isEmpty())
        return true;
    const QString keys = m_db.dialect().jsonKeys();
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT visitor_id FROM sessions WHERE customer_id IN %1 UNION "
                       "SELECT s.visitor_id FROM events e JOIN sessions s ON s.id = e.session_id "
                       "WHERE e.customer_id IN %1 AND e.type = 'register'")
            .arg(keys));
    const QString ids = JsonRows::keys(customerIds);
    q.addBindValue(ids);
    q.addBindValue(ids);
    if (!exec(q, error))
        return false;
    while (q.next())
        m_dirtyVisitors.insert(q.value(0).toString());
    q.finish();
    return true;
}

QSet<int> SessionDerivation::takeDirtyDays()
{
    return std::exchange(m_dirtyDays, {});
}

QSet<QString> SessionDerivation::takeDirtyVisitors()
{
    return std::exchange(m_dirtyVisitors, {});
}
