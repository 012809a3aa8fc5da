#include "customers/CustomerObserver.h"

#include "store/Database.h"
#include "store/JsonRows.h"

namespace {

template <typename Records> QString idsOf(const Records &records)
{
    QStringList ids;
    ids.reserve(records.size());
    for (const auto &r : records)
        ids << r.id;
    return JsonRows::keys(ids);
}

} // namespace

bool CustomerObserver::pageApplying(Database &db, const ParsedPage &page, QString *error)
{
    QString keys;
    switch (page.collection) {
    case Collection::Customers:
        keys = idsOf(page.customers);
        break;
    case Collection::Orders:
        keys = idsOf(page.orders);
        break;
    case Collection::Commissions:
        keys = idsOf(page.commissions);
        break;
    case Collection::Products:
    case Collection::Sessions: // sessions and events never change once stored
    case Collection::Events:
        return true;
    }
    if (keys == QLatin1String("[]"))
        return true;
    return m_derivation.noteTouched(
        page.collection, QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()), keys, error);
}

bool CustomerObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    QString keys;
    switch (page.collection) {
    case Collection::Products:
        return true;
    case Collection::Customers:
        keys = idsOf(page.customers);
        break;
    case Collection::Orders:
        keys = idsOf(page.orders);
        break;
    case Collection::Sessions:
        keys = idsOf(page.sessions);
        break;
    case Collection::Events:
        keys = idsOf(page.events);
        break;
    case Collection::Commissions:
        keys = idsOf(page.commissions);
        break;
    }
    return m_derivation.noteTouched(
        page.collection, QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()), keys, error);
}

bool CustomerObserver::recordsDeleting(Database &db, Collection c, const QString &rowFilter,
                                       const QVariant &bind, QString *error)
{
    Q_UNUSED(db);
    return m_derivation.noteTouched(c, rowFilter, bind, error);
}
