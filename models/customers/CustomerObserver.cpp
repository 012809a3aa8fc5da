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

// The ids of the page's records, as one JsonRows::keys() text.
QString pageIds(const ParsedPage &page)
{
    switch (page.collection) {
    case Collection::Products:
        return idsOf(page.products);
    case Collection::Customers:
        return idsOf(page.customers);
    case Collection::Orders:
        return idsOf(page.orders);
    case Collection::Sessions:
        return idsOf(page.sessions);
    case Collection::Events:
        return idsOf(page.events);
    case Collection::Commissions:
        return idsOf(page.commissions);
    }
    return {};
}

} // namespace

bool CustomerObserver::notingNeeded(bool *needed, QString *error)
{
    // Asked again at every page until figures exist: the derivation at a sync's end fills them.
    if (!m_notingNeeded) {
        bool none = false;
        if (!m_derivation.hasNoFigures(&none, error))
            return false;
        m_notingNeeded = !none;
    }
    *needed = m_notingNeeded;
    return true;
}

bool CustomerObserver::pageApplying(Database &db, const ParsedPage &page, QString *error)
{
    // Before the page replaces them: the customers the stored records named (a commission moved
    // to another beneficiary changes the former one's figures). Sessions and events never
    // change once stored.
    if (page.collection == Collection::Products || page.collection == Collection::Sessions ||
        page.collection == Collection::Events)
        return true;
    bool needed = false;
    if (!notingNeeded(&needed, error))
        return false;
    if (!needed)
        return true;
    const QString keys = pageIds(page);
    if (keys == QLatin1String("[]"))
        return true;
    return m_derivation.noteTouched(
        page.collection, QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()), keys, error);
}

bool CustomerObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    if (page.collection == Collection::Products)
        return true;
    bool needed = false;
    if (!notingNeeded(&needed, error))
        return false;
    if (!needed)
        return true;
    return m_derivation.noteTouched(page.collection,
                                    QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()),
                                    pageIds(page), error);
}

bool CustomerObserver::recordsDeleting(Database &db, Collection c, const QString &rowFilter,
                                       const QVariant &bind, QString *error)
{
    Q_UNUSED(db);
    bool needed = false;
    if (!notingNeeded(&needed, error))
        return false;
    return !needed || m_derivation.noteTouched(c, rowFilter, bind, error);
}
