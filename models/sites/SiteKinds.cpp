#include "sites/woocommerce/WooConnector.h"
#include "sites/yutang/YutangConnector.h"
#include "sync/SiteConnector.h"

// Every kind of site, in the order the connect dialog offers them. A new kind is a folder next
// to yutang/ and one line here.
const QList<const SiteConnector *> &SiteKinds::all()
{
    static const YutangConnector yutang;
    static const WooConnector woocommerce;
    static const QList<const SiteConnector *> kinds = {&yutang, &woocommerce};
    return kinds;
}

QString SiteKinds::yutangId()
{
    return QStringLiteral("yutang");
}

const SiteConnector *SiteKinds::find(const QString &id)
{
    const QString wanted = id.isEmpty() ? yutangId() : id;
    for (const SiteConnector *kind : all()) {
        if (kind->id() == wanted)
            return kind;
    }
    return nullptr;
}
