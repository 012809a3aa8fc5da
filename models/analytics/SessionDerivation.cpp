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
    QSqlQuery &update = prepared(QStringLiteral(
        "UPDATE sessions SET day = ?, channel = ?, source = ?, keyword = ? WHERE id = ?"));
    for (const SessionInput &s : sessions) {
        TrafficSource source =
            classifierFor(s.landingUrl).classify(s.landingUrl, s.referrerUrl, s.userAgent);
        if (!s.attribution.isEmpty())
            source = TrafficSource::withAttribution(source, s.attribution);
        const int day = ShopDay::key(m_calendar.dayOf(s.startedAt));
        update.addBindValue(day);
        update.addBindValue(source.channel);
        update.addBindValue(source.source);
        update.addBindValue(nullableText(source.keyword));
        update.addBindValue(s.id);
        if (!exec(update, error))
            return false;
        if (!s.visitorId.isEmpty())
            m_dirtyVisitors.insert(s.visitorId);
        m_dirtyDays.insert(day);
    }
    return true;
}

bool SessionDerivation::refreshFacts(const QSet<QString> &sessionIds, QString *error)
{
    QSqlQuery &events =
        prepared(QStringLiteral("SELECT type FROM events WHERE session_id = ? ORDER BY at, id"));
    QSqlQuery &orders = prepared(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(total), 0) FROM orders WHERE session_id = ? "
                       "AND status IN ('paid', 'shipped', 'completed')"));
    QSqlQuery &update = prepared(
        QStringLiteral("UPDATE sessions SET funnel_step = ?, registered = ?, paid_orders = ?, "
                       "revenue = ? WHERE id = ?"));
    const QStringList &steps = funnelEvents();
    for (const QString &id : sessionIds) {
        events.addBindValue(id);
        if (!exec(events, error))
            return false;
        int depth = 0;
        bool registered = false;
        while (events.next()) {
            const QString type = events.value(0).toString();
            if (depth < steps.size() && type == steps.at(depth))
                ++depth; // in order: a step counts only after every earlier one
            else if (type == QLatin1String("register"))
                registered = true;
        }
        events.finish();
        orders.addBindValue(id);
        if (!exec(orders, error) || !orders.next())
            return false;
        const qint64 paid = orders.value(0).toLongLong();
        const qint64 revenue = orders.value(1).toLongLong();
        orders.finish();
        update.addBindValue(depth);
        update.addBindValue(registered ? 1 : 0);
        update.addBindValue(paid);
        update.addBindValue(revenue);
        update.addBindValue(id);
        if (!exec(update, error))
            return false;
    }
    return noteSessions(sessionIds, error);
}

bool SessionDerivation::refreshFirstVisits(const QSet<QString> &visitorIds, QString *error)
{
    QSqlQuery &list = prepared(QStringLiteral(
        "SELECT id, day, new_visitor FROM sessions WHERE visitor_id = ? ORDER BY started_at, id"));
    QSqlQuery &update =
        prepared(QStringLiteral("UPDATE sessions SET new_visitor = ? WHERE id = ?"));
    for (const QString &visitor : visitorIds) {
        list.addBindValue(visitor);
        if (!exec(list, error))
            return false;
        struct Change
        {
            QString id;
            int flag;
            int day;
        };
        QList<Change> changes;
        bool first = true;
        while (list.next()) {
            const int wanted = first ? 1 : 0;
            first = false;
            if (list.value(2).toInt() != wanted)
                changes.append({list.value(0).toString(), wanted, list.value(1).toInt()});
        }
        list.finish();
        for (const Change &c : std::as_const(changes)) {
            update.addBindValue(c.flag);
            update.addBindValue(c.id);
            if (!exec(update, error))
                return false;
            if (c.day)
                m_dirtyDays.insert(c.day);
        }
    }
    return true;
}

bool SessionDerivation::noteSessions(const QSet<QString> &sessionIds, QString *error)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT day, visitor_id FROM sessions WHERE id = ?"));
    for (const QString &id : sessionIds) {
        q.addBindValue(id);
        if (!exec(q, error))
            return false;
        if (q.next()) {
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
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT visitor_id FROM sessions WHERE customer_id = ? UNION SELECT s.visitor_id FROM "
        "events e "
        "JOIN sessions s ON s.id = e.session_id WHERE e.customer_id = ? AND e.type = 'register'"));
    for (const QString &id : customerIds) {
        q.addBindValue(id);
        q.addBindValue(id);
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
