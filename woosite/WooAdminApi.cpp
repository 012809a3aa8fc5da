#include "WooAdminApi.h"

#include "WooJson.h"
#include "WooShopData.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

HttpReply reply(const QJsonObject &o, int status = 200)
{
    return HttpReply::json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

HttpReply problem(const QString &message)
{
    return reply(QJsonObject{{QStringLiteral("code"), QStringLiteral("admin_bad_request")},
                             {QStringLiteral("message"), message}},
                 400);
}

} // namespace

HttpReply WooAdminApi::handle(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body, const QString &baseUrl, qint64 now)
{
    Q_UNUSED(now)
    if (path == "/dump" && method == "GET")
        return dump(baseUrl);
    if (path == "/reset" && method == "POST") {
        m_hooks.clear();
        m_applied = QJsonArray();
        const quint64 version = m_shop.version;
        m_rebuild(m_shop);
        m_shop.version = version + 1; // listing caches must not mistake the new shop for the old

        return reply(QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (path == "/on-page" && method == "POST") {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        Hook h;
        h.collection = o.value(QLatin1String("collection")).toString().toLatin1();
        h.after = o.value(QLatin1String("after")).toInt(1);
        h.actions = o.value(QLatin1String("actions")).toArray();
        if (h.collection != "orders" && h.collection != "products" && h.collection != "customers" &&
            h.collection != "variations")
            return problem(
                QStringLiteral("collection must be orders, products, customers or variations"));
        if (h.after < 1)
            return problem(QStringLiteral("after must be 1 or more"));
        m_hooks.push_back(h);
        return reply(QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("pending"), int(m_hooks.size())}});
    }
    return reply(
        QJsonObject{{QStringLiteral("code"), QStringLiteral("admin_no_route")},
                    {QStringLiteral("message"), QStringLiteral("No such admin endpoint.")}},
        404);
}

void WooAdminApi::listAnswered(const QByteArray &collection, qint64 now)
{
    for (size_t i = 0; i < m_hooks.size();) {
        Hook &h = m_hooks[i];
        if (h.collection == collection && ++h.seen >= h.after) {
            const Hook done = h;
            m_hooks.erase(m_hooks.begin() + qsizetype(i));
            apply(done.collection, done.actions, now);
            continue;
        }
        ++i;
    }
}

void WooAdminApi::apply(const QByteArray &collection, const QJsonArray &actions, qint64 now)
{
    for (const QJsonValue &av : actions) {
        const QJsonObject a = av.toObject();
        const QString op = a.value(QLatin1String("op")).toString();
        const qint64 id = a.value(QLatin1String("id")).toInteger();
        qint64 affected = id;
        bool ok = false;
        if (collection == "orders") {
            WooOrder *o = m_shop.order(id);
            if (op == QLatin1String("trash") && o) {
                o->status = "trash";
                o->modified = now;
                ok = true;
            } else if (op == QLatin1String("touch") && o) {
                o->modified = now;
                ok = true;
            } else if (op == QLatin1String("delete")) {
                ok = m_shop.removeOrder(id, now);
            } else if (op == QLatin1String("create") && !m_shop.orders.empty()) {
                // A copy of the newest order, placed now.
                WooOrder copy = m_shop.orders.back();
                copy.id = 0;
                copy.created = copy.modified = now;
                copy.status = "processing";
                copy.paid = now;
                copy.completed = 0;
                copy.refunds.clear();
                copy.notes.clear();
                for (WooLineItem &li : copy.lineItems)
                    li.id = m_shop.nextItemId++;
                for (WooMeta &m : copy.meta)
                    m.id = m_shop.nextMetaId++;
                if (copy.shippingLineId)
                    copy.shippingLineId = m_shop.nextItemId++;
                affected = m_shop.addOrder(copy).id;
                ok = true;
            }
        } else if (collection == "products" || collection == "variations") {
            const bool product = collection == "products";
            WooProduct *p = product ? m_shop.product(id) : nullptr;
            WooVariation *v = product ? nullptr : m_shop.variation(id);
            QByteArray *status = p ? &p->status : (v ? &v->status : nullptr);
            qint64 *modified = p ? &p->modified : (v ? &v->modified : nullptr);
            if (op == QLatin1String("trash") && status) {
                *status = "trash";
                *modified = now;
                ok = true;
            } else if (op == QLatin1String("touch") && modified) {
                *modified = now;
                ok = true;
            } else if (op == QLatin1String("delete")) {
                ok = product ? m_shop.removeProduct(id, now) : m_shop.removeVariation(id, now);
            } else if (op == QLatin1String("create") && product) {
                WooProduct np;
                np.name = QStringLiteral("新品试饮装");
                np.slug = QStringLiteral("new-sample-%1").arg(m_shop.nextPostId);
                np.regularFen = 1990;
                np.stockQuantity = 50;
                np.created = np.modified = now;
                affected = m_shop.addProduct(np).id;
                ok = true;
            }
        } else if (collection == "customers") {
            WooCustomer *c = m_shop.customer(id);
            if (op == QLatin1String("touch") && c) {
                c->modified = now;
                ok = true;
            } else if (op == QLatin1String("delete") || op == QLatin1String("trash")) {
                ok = m_shop.removeCustomer(id, now);
            } else if (op == QLatin1String("create")) {
                WooCustomer nc;
                nc.id = m_shop.nextUserId;
                nc.firstName = QStringLiteral("新");
                nc.lastName = QStringLiteral("顾客");
                nc.username = QStringLiteral("newcustomer%1").arg(nc.id);
                nc.email = nc.username + QStringLiteral("@example.cn");
                nc.created = nc.modified = now;
                affected = m_shop.addCustomer(nc).id;
                ok = true;
            }
        }
        ++m_shop.version;
        m_applied.append(
            QJsonObject{{QStringLiteral("collection"), QString::fromLatin1(collection)},
                        {QStringLiteral("op"), op},
                        {QStringLiteral("id"), affected},
                        {QStringLiteral("ok"), ok},
                        {QStringLiteral("at_gmt"), WooJson::date(now, 0)}});
    }
}

HttpReply WooAdminApi::dump(const QString &baseUrl) const
{
    // Rendered record by record: one QJsonDocument of a 100,000-order shop is too big for Qt.
    const WooJson json(m_shop, baseUrl);
    QByteArray out;
    out.reserve(qsizetype(m_shop.orders.size()) * 3000 + 100000);
    auto compact = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    auto array = [&](const char *name, auto &&records, auto &&render) {
        out.append(",\"").append(name).append("\":[");
        bool first = true;
        for (const auto &r : records) {
            if (!first)
                out.append(',');
            first = false;
            out.append(compact(render(r)));
        }
        out.append(']');
    };
    const WooSiteSettings &s = m_shop.settings;
    out.append("{\"settings\":");
    out.append(compact(QJsonObject{{QStringLiteral("name"), s.name},
                                   {QStringLiteral("timezone_string"), s.timezoneString},
                                   {QStringLiteral("gmt_offset"), s.gmtOffsetHours},
                                   {QStringLiteral("currency"), s.currency},
                                   {QStringLiteral("wc_version"), s.wcVersion}}));
    array("products", m_shop.products, [&](const WooProduct &p) { return json.product(p); });
    array("variations", m_shop.variations, [&](const WooVariation &v) {
        QJsonObject o = json.variation(v);
        o.insert(QStringLiteral("parent_id"), v.parentId);
        return o;
    });
    array("customers", m_shop.customers, [&](const WooCustomer &c) { return json.customer(c); });
    array("orders", m_shop.orders, [&](const WooOrder &o) {
        QJsonObject r = json.order(o);
        QJsonArray refunds;
        for (const WooRefund &f : o.refunds)
            refunds.append(
                QJsonObject{{QStringLiteral("id"), f.id},
                            {QStringLiteral("reason"), f.reason},
                            {QStringLiteral("amount"), WooJson::money(f.amountFen)},
                            {QStringLiteral("date_created_gmt"), WooJson::date(f.created, 0)}});
        r.insert(QStringLiteral("_refunds"), refunds);
        QJsonArray notes;
        for (const WooNote &n : o.notes)
            notes.append(json.note(n, o.id));
        r.insert(QStringLiteral("_notes"), notes);
        return r;
    });
    array("deleted", m_shop.deletions, [](const WooDeletion &d) {
        return QJsonObject{{QStringLiteral("collection"), QString::fromLatin1(d.collection)},
                           {QStringLiteral("id"), d.id},
                           {QStringLiteral("at_gmt"), WooJson::date(d.at, 0)}};
    });
    out.append(",\"hooks_applied\":")
        .append(QJsonDocument(m_applied).toJson(QJsonDocument::Compact));
    out.append(",\"hooks_pending\":").append(QByteArray::number(qsizetype(m_hooks.size())));
    out.append('}');
    return HttpReply::json(out);
}
