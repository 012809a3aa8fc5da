#include "analytics/SessionDerivation.h"

#include "analytics/ClassifierRuleStore.h"
#include "analytics/ShopDay.h"
#include "analytics/UrlView.h"
#include "itemmodels/ShopInfo.h"
#include "store/Database.h"

#include <QSqlError>
#include <QVariant>

namespace {

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

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
    m_calendar = ShopInfo::load(m_db).calendar();
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

bool SessionDerivation::classify(const QList<SessionInput> &sessions, QString *error)
{
    // A session listed twice takes its last copy, as one UPDATE after the other would.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        last.insert(sessions.at(i).id, i);
    QList<const SessionInput *> unique;
    unique.reserve(last.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (last.value(sessions.at(i).id) == i)
            unique.append(&sessions.at(i));
    }
    for (qsizetype start = 0; start < unique.size(); start += PreparedQueries::kChunk) {
        const qsizetype n = std::min(PreparedQueries::kChunk, unique.size() - start);
        QSqlQuery &update = prepared(
            QStringLiteral("WITH v (id, day, channel, source, keyword) AS (VALUES %1) "
                           "UPDATE sessions SET day = v.day, channel = v.channel, "
                           "source = v.source, keyword = v.keyword FROM v WHERE sessions.id = v.id")
                .arg(PreparedQueries::typedRows(
                    n, {QStringLiteral("TEXT"), QStringLiteral("INTEGER"), QStringLiteral("TEXT"),
                        QStringLiteral("TEXT"), QStringLiteral("TEXT")})));
        for (qsizetype i = start; i < start + n; ++i) {
            const SessionInput &s = *unique.at(i);
            const TrafficSource source =
                classifierFor(s.landingUrl).classify(s.landingUrl, s.referrerUrl, s.userAgent);
            const int day = ShopDay::key(m_calendar.dayOf(s.startedAt));
            update.addBindValue(s.id);
            update.addBindValue(day);
            update.addBindValue(source.channel);
            update.addBindValue(source.source);
            update.addBindValue(nullableText(source.keyword));
            if (!s.visitorId.isEmpty())
                m_dirtyVisitors.insert(s.visitorId);
            m_dirtyDays.insert(day);
        }
        if (!exec(update, error))
            return false;
    }
    return true;
}

bool SessionDerivation::refreshFacts(const QSet<QString> &sessionIds, QString *error)
{
    struct Facts
    {
        int depth = 0;
        bool registered = false;
        qint64 paid = 0;
        qint64 revenue = 0;
    };
    const QStringList &steps = funnelEvents();
    for (const QStringList &chunk : PreparedQueries::chunks(sessionIds)) {
        const QString in = PreparedQueries::marks(chunk.size());
        QHash<QString, Facts> facts;
        for (const QString &id : chunk)
            facts.insert(id, Facts());
        QSqlQuery &events =
            prepared(QStringLiteral("SELECT session_id, type FROM events WHERE "
                                    "session_id IN (%1) ORDER BY session_id, at, id")
                         .arg(in));
        PreparedQueries::bindAll(events, chunk);
        if (!exec(events, error))
            return false;
        while (events.next()) {
            Facts &f = facts[events.value(0).toString()];
            const QString type = events.value(1).toString();
            if (f.depth < steps.size() && type == steps.at(f.depth))
                ++f.depth; // in order: a step counts only after every earlier one
            else if (type == QLatin1String("register"))
                f.registered = true;
        }
        events.finish();
        QSqlQuery &orders = prepared(
            QStringLiteral("SELECT session_id, COUNT(*), COALESCE(SUM(total), 0) FROM orders WHERE "
                           "session_id IN (%1) AND status IN ('paid', 'shipped', 'completed') "
                           "GROUP BY session_id")
                .arg(in));
        PreparedQueries::bindAll(orders, chunk);
        if (!exec(orders, error))
            return false;
        while (orders.next()) {
            Facts &f = facts[orders.value(0).toString()];
            f.paid = orders.value(1).toLongLong();
            f.revenue = orders.value(2).toLongLong();
        }
        orders.finish();
        QSqlQuery &update =
            prepared(QStringLiteral("WITH v (id, funnel_step, registered, paid_orders, revenue) AS "
                                    "(VALUES %1) UPDATE sessions SET funnel_step = v.funnel_step, "
                                    "registered = v.registered, paid_orders = v.paid_orders, "
                                    "revenue = v.revenue FROM v WHERE sessions.id = v.id")
                         .arg(PreparedQueries::typedRows(
                             chunk.size(), {QStringLiteral("TEXT"), QStringLiteral("INTEGER"),
                                            QStringLiteral("INTEGER"), QStringLiteral("INTEGER"),
                                            QStringLiteral("BIGINT")})));
        for (const QString &id : chunk) {
            const Facts &f = facts[id];
            update.addBindValue(id);
            update.addBindValue(f.depth);
            update.addBindValue(f.registered ? 1 : 0);
            update.addBindValue(f.paid);
            update.addBindValue(f.revenue);
        }
        if (!exec(update, error))
            return false;
    }
    return noteSessions(sessionIds, error);
}

bool SessionDerivation::refreshFirstVisits(const QSet<QString> &visitorIds, QString *error)
{
    struct Change
    {
        QString id;
        int flag;
    };
    QList<Change> changes;
    for (const QStringList &chunk : PreparedQueries::chunks(visitorIds)) {
        QSqlQuery &list = prepared(
            QStringLiteral("SELECT visitor_id, id, day, new_visitor FROM sessions WHERE visitor_id "
                           "IN (%1) ORDER BY visitor_id, started_at, id")
                .arg(PreparedQueries::marks(chunk.size())));
        PreparedQueries::bindAll(list, chunk);
        if (!exec(list, error))
            return false;
        QString visitor;
        bool first = true;
        while (list.next()) {
            const QString v = list.value(0).toString();
            if (first || v != visitor) {
                visitor = v;
                first = true;
            }
            const int wanted = first ? 1 : 0;
            first = false;
            if (list.value(3).toInt() != wanted) {
                changes.append({list.value(1).toString(), wanted});
                if (const int day = list.value(2).toInt())
                    m_dirtyDays.insert(day);
            }
        }
        list.finish();
    }
    for (qsizetype start = 0; start < changes.size(); start += PreparedQueries::kChunk) {
        const qsizetype n = std::min(PreparedQueries::kChunk, changes.size() - start);
        QSqlQuery &update =
            prepared(QStringLiteral("WITH v (id, new_visitor) AS (VALUES %1) UPDATE sessions SET "
                                    "new_visitor = v.new_visitor FROM v WHERE sessions.id = v.id")
                         .arg(PreparedQueries::typedRows(
                             n, {QStringLiteral("TEXT"), QStringLiteral("INTEGER")})));
        for (qsizetype i = start; i < start + n; ++i) {
            update.addBindValue(changes.at(i).id);
            update.addBindValue(changes.at(i).flag);
        }
        if (!exec(update, error))
            return false;
    }
    return true;
}

bool SessionDerivation::noteSessions(const QSet<QString> &sessionIds, QString *error)
{
    for (const QStringList &chunk : PreparedQueries::chunks(sessionIds)) {
        QSqlQuery &q =
            prepared(QStringLiteral("SELECT day, visitor_id FROM sessions WHERE id IN (%1)")
                         .arg(PreparedQueries::marks(chunk.size())));
        PreparedQueries::bindAll(q, chunk);
        if (!exec(q, error))
            return false;
        while (q.next()) {
            if (!q.value(0).isNull())
                m_dirtyDays.insert(q.value(0).toInt());
            m_dirtyVisitors.insert(q.value(1).toString());
        }
        q.finish();
    }
    return true;
}

bool SessionDerivation::noteCustomers(const QSet<QString> &customerIds, QString *error)
{
    for (const QStringList &chunk : PreparedQueries::chunks(customerIds)) {
        const QString in = PreparedQueries::marks(chunk.size());
        QSqlQuery &q = prepared(
            QStringLiteral("SELECT visitor_id FROM sessions WHERE customer_id IN (%1) UNION "
                           "SELECT s.visitor_id FROM events e JOIN sessions s ON s.id = "
                           "e.session_id WHERE e.customer_id IN (%1) AND e.type = 'register'")
                .arg(in));
        PreparedQueries::bindAll(q, chunk);
        PreparedQueries::bindAll(q, chunk);
        if (!exec(q, error))
            return false;
        while (q.next())
            m_dirtyVisitors.insert(q.value(0).toString());
        q.finish();
    }
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
