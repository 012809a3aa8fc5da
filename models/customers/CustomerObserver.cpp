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

bool CustomerObserver::note(Collection c, const QString &rowFilter, const QVariant &bind,
                            QString *error)
{
    // Asked again at every page until figures exist: the derivation at a sync's end fills them,
    // and until then it derives every customer anyway.
    if (!m_figuresExist) {
        bool none = false;
        if (!m_derivation.hasNoFigures(&none, error))
            return false;
        m_figuresExist = !none;
    }
    return !m_figuresExist || m_derivation.noteTouched(c, rowFilter, bind, error);
}

bool CustomerObserver::pageApplying(Database &db, const ParsedPage &page, QString *error)
{
    // Before the page replaces them: the customers the stored records named (a commission moved
    // to another beneficiary changes the former one's figures). Sessions and events never
    // change once stored.
    if (page.collection == Collection::Products || page.collection == Collection::Sessions ||
        page.collection == Collection::Events)
        return true;
    const QString keys = pageIds(page);
    if (keys == QLatin1String("[]"))
        return true;
    return note(page.collection, QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()), keys,
                error);
}

bool CustomerObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    if (page.collection == Collection::Products)
        return true;
    return note(page.collection, QStringLiteral("r.id IN %1").arg(db.dialect().jsonKeys()),
                pageIds(page), error);
}

bool CustomerObserver::recordsDeleting(Database &db, Collection c, const QString &rowFilter,
                                       const QVariant &bind, QString *error)
{
    Q_UNUSED(db);
    return note(c, rowFilter, bind, error);
}
