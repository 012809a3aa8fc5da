#include "AdminApi.h"

#include "JsonWriter.h"
#include "RecordEditor.h"
#include "RecordNames.h"
#include "SiteContext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Method = QHttpServerRequest::Method;

HttpReply ok(QByteArrayView extraFields = {})
{
    QByteArray out = "{\"ok\":true";
    if (!extraFields.isEmpty())
        out.append(',').append(extraFields);
    out.append('}');
    return HttpReply::json(out);
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

HttpReply AdminApi::handle(Method method, const QByteArray &path, const QUrlQuery &query,
                           const QByteArray &body)
{
    const QList<QByteArray> parts = path.mid(1).split('/');
    const QByteArray &verb = parts.value(0);
    const bool post = method == Method::Post;
    const bool get = method == Method::Get;
    if (post && verb == "expire-sync-tokens" && parts.size() == 1) {
        m_site.codec.expireAll();
        return ok("\"token_epoch\":" + QByteArray::number(m_site.codec.epoch()));
    }
    if (post && verb == "delete")
        return remove(parts);
    if (post && verb == "touch")
        return touch(parts, body);
    if (post && verb == "add-orders" && parts.size() == 1)
        return addOrders(query);
    if (post && verb == "faults" && parts.size() == 1) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return HttpReply::error(400, "invalid_body", "The body must be a JSON object.");
        m_site.faults.reconfigure(doc.object());
        return ok();
    }
    if (get && verb == "records")
        return record(parts);
    if (get && verb == "stats" && parts.size() == 1)
        return stats();
    if (get && verb == "planted" && parts.size() == 1)
        return planted();
    return HttpReply::error(404, "not_found", "No such admin endpoint or method.");
}

HttpReply AdminApi::remove(const QList<QByteArray> &parts)
{
    const auto c = RecordNames::collectionFromName(parts.value(1));
    if (parts.size() != 3 || !c)
        return HttpReply::error(404, "not_found", "Use /_admin/delete/<collection>/<id>.");
    if (ShopData::isImmutable(*c))
        return HttpReply::error(400, "immutable", "Sessions and events never change.");
    const quint32 n = RecordNames::parseId(*c, parts[2]);
    if (!m_site.data->remove(*c, n, now()))
        return HttpReply::error(404, "not_found", "No such record.");
    return ok();
}

HttpReply AdminApi::touch(const QList<QByteArray> &parts, const QByteArray &body)
{
    const auto c = RecordNames::collectionFromName(parts.value(1));
    if (parts.size() != 3 || !c)
        return HttpReply::error(404, "not_found", "Use /_admin/touch/<collection>/<id>.");
    if (ShopData::isImmutable(*c))
        return HttpReply::error(400, "immutable", "Sessions and events never change.");
    const quint32 n = RecordNames::parseId(*c, parts[2]);
    if (!m_site.data->exists(*c, n))
        return HttpReply::error(404, "not_found", "No such record.");
    QJsonObject fields;
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return HttpReply::error(400, "invalid_body", "The body must be a JSON object.");
        fields = doc.object();
    }
    RecordEditor editor(*m_site.data, RecordEditor::Mode::Admin);
    RecordEditor::FieldErrors errors;
    switch (*c) {
    case Collection::Products:
        errors = editor.editProduct(n, fields);
        break;
    case Collection::Orders:
        errors = editor.editOrder(n, fields, now());
        break;
    case Collection::Customers:
        errors = editor.editCustomer(n, fields);
        break;
    case Collection::Commissions:
        errors = editor.editCommission(n, fields);
        break;
    default:
        break;
    }
    if (!errors.empty())
        return HttpReply::validation(errors);
    m_site.data->touch(*c, n, now());
    QByteArray out;
    JsonWriter w(out);
    m_site.renderer.record(*c, int(n) - 1, w);
    return HttpReply::json(out);
}

HttpReply AdminApi::record(const QList<QByteArray> &parts)
{
    const auto c = RecordNames::collectionFromName(parts.value(1));
    if (parts.size() != 3 || !c)
        return HttpReply::error(404, "not_found", "Use /_admin/records/<collection>/<id>.");
    const quint32 n = RecordNames::parseId(*c, parts[2]);
    if (!n || int(n) > m_site.data->count(*c))
        return HttpReply::error(404, "not_found", "No such record.");
    QByteArray out;
    JsonWriter w(out);
    m_site.renderer.record(*c, int(n) - 1, w);
    if (m_site.data->isDeleted(*c, int(n) - 1)) {
        out.chop(1);
        out.append(",\"_deleted\":true}");
    }
    return HttpReply::json(out);
}

HttpReply AdminApi::addOrders(const QUrlQuery &query)
{
    bool okNumber = false;
    const int k = query.hasQueryItem(QStringLiteral("n"))
                      ? query.queryItemValue(QStringLiteral("n")).toInt(&okNumber)
                      : (okNumber = true, 1);
    if (!okNumber || k < 1 || k > 10000)
        return HttpReply::error(400, "invalid_query", "n must be an integer from 1 to 10000.");
    const qint64 t = now();
    m_site.visits->setHorizon(t);
    QByteArray ids;
    JsonWriter w(ids);
    w.beginArray();
    for (int i = 0; i < k; ++i) {
        VisitPlan plan;
        plan.forcePurchase = true;
        const auto before = quint32(m_site.data->orders.size());
        m_site.visits->visit(t - 600, plan);
        for (quint32 o = before + 1; o <= m_site.data->orders.size(); ++o)
            w.string(RecordNames::id(Collection::Orders, o));
    }
    w.endArray();
    return ok("\"orders\":" + ids);
}

HttpReply AdminApi::stats()
{
    const ShopData &d = *m_site.data;
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("counts");
    w.beginObject();
    for (int c = 0; c < kCollectionCount; ++c)
        w.fieldInt(RecordNames::collection(Collection(c)), d.liveCount(Collection(c)));
    w.endObject();
    w.fieldInt("current_seq", d.currentSeq());
    w.fieldInt("token_epoch", m_site.codec.epoch());
    w.fieldInt("requests", qint64(m_site.requests));
    m_site.writes.writeStats(w);
    w.key("faults");
    m_site.faults.writeStats(w);
    w.key("page_cache");
    w.beginObject();
    w.fieldInt("bytes", m_site.cache.bytes());
    w.fieldInt("entries", m_site.cache.entries());
    w.fieldInt("hits", qint64(m_site.cache.hits()));
    w.fieldInt("misses", qint64(m_site.cache.misses()));
    w.endObject();
    w.endObject();
    return HttpReply::json(out);
}

HttpReply AdminApi::planted()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("planted");
    w.beginArray();
    for (const PlantedNote &n : m_site.data->planted) {
        w.beginObject();
        w.field("kind", n.kind);
        w.field("collection", n.collection);
        w.field("id", n.id);
        w.field("detail", n.detail);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return HttpReply::json(out);
}
