#include "WooRestApi.h"

#include "WooAuthChecker.h"
#include "WooCollectionLister.h"
#include "WooJson.h"
#include "WooRecordWriter.h"
#include "WooShopData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace {

HttpReply jsonReply(const QJsonValue &value, int status = 200)
{
    const QByteArray body = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return HttpReply::json(body, status);
}

HttpReply errorReply(QByteArrayView code, const QString &message, int status)
{
    return HttpReply::json(WooJson::error(code, message, status), status);
}

HttpReply noRoute()
{
    return errorReply("rest_no_route",
                      QStringLiteral("No route was found matching the URL and request method."),
                      404);
}

bool isEditable(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

bool isId(const QByteArray &part)
{
    static const QRegularExpression re(QStringLiteral("^\\d+$"));
    return re.match(QString::fromLatin1(part)).hasMatch();
}

/// What each route's permission callback answers a request without a valid key
/// (rest_authorization_required_code() is 401 when nobody is logged in).
enum class Action { List, View, Create, Edit, Delete, Batch };

HttpReply cannot(Action a)
{
    switch (a) {
    case Action::List:
        return errorReply("woocommerce_rest_cannot_view",
                          QStringLiteral("Sorry, you cannot list resources."), 401);
    case Action::View:
        return errorReply("woocommerce_rest_cannot_view",
                          QStringLiteral("Sorry, you cannot view this resource."), 401);
    case Action::Create:
        return errorReply("woocommerce_rest_cannot_create",
                          QStringLiteral("Sorry, you are not allowed to create resources."), 401);
    case Action::Edit:
        return errorReply("woocommerce_rest_cannot_edit",
                          QStringLiteral("Sorry, you are not allowed to edit this resource."), 401);
    case Action::Delete:
        return errorReply("woocommerce_rest_cannot_delete",
                          QStringLiteral("Sorry, you are not allowed to delete this resource."),
                          401);
    case Action::Batch:
        return errorReply(
            "woocommerce_rest_cannot_batch",
            QStringLiteral("Sorry, you are not allowed to batch manipulate this resource."), 401);
    }
    return {};
}

/// The post type each collection's errors are named after (woocommerce_rest_<type>_invalid_id).
QByteArray postType(const QByteArray &collection)
{
    if (collection == "orders")
        return "shop_order";
    if (collection == "products")
        return "product";
    if (collection == "variations")
        return "product_variation";
    return "customer";
}

HttpReply invalidId(const QByteArray &collection)
{
    if (collection == "customers")
        return errorReply("woocommerce_rest_invalid_id", QStringLiteral("Invalid resource ID."),
                          404);
    return errorReply("woocommerce_rest_" + postType(collection) + "_invalid_id",
                      QStringLiteral("Invalid ID."), 404);
}

bool truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().toLower();
    return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes");
}

} // namespace

struct WooRestApi::Call
{
    const WooRequest &request;
    qint64 now;
    QString baseUrl;
    WooParams query;
    QHash<QString, QString> queryMap;
    QJsonObject body;
    bool badJson = false;
    bool authenticated = false;
    WooJson json;

    Call(const WooRequest &r, qint64 n, const WooShopData &shop, const QString &base)
        : request(r), now(n), baseUrl(base), json(shop, base)
    {}

    /// A parameter from the JSON body, else the query (WP_REST_Request::get_param's order).
    QJsonValue param(const QString &name) const
    {
        if (body.contains(name))
            return body.value(name);
        if (queryMap.contains(name))
            return queryMap.value(name);
        return QJsonValue::Undefined;
    }
    QStringList fields() const
    {
        return queryMap.value(QStringLiteral("_fields"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
};

HttpReply WooRestApi::handle(const WooRequest &request, qint64 now)
{
    const QString base = QString::fromLatin1(request.secure ? "https://" : "http://") +
                         QString::fromUtf8(request.host);
    Call call(request, now, m_shop, base);
    call.query = WooAuthChecker::parseQuery(request.rawQuery);
    for (const auto &[k, v] : call.query)
        call.queryMap.insert(k, v);
    if (!request.body.trimmed().isEmpty() &&
        !request.contentType.contains("x-www-form-urlencoded")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            call.badJson = true;
        else
            call.body = doc.object();
    }
    return route(call);
}

HttpReply WooRestApi::route(Call &call)
{
    const WooRequest &r = call.request;
    QByteArray path = r.rawPath;
    if (!path.startsWith("/wp-json"))
        return noRoute();
    path = path.mid(8);
    while (path.endsWith('/'))
        path.chop(1);
    if (path.isEmpty())
        return r.method == "GET" ? index(call) : noRoute();
    if (!path.startsWith("/wc/"))
        return noRoute();

    // WC_REST_Authentication: only requests to wc/ routes are authenticated with API keys.
    WooAuthRequest auth;
    auth.method = r.method;
    auth.secure = r.secure;
    auth.baseUrl = call.baseUrl.toUtf8();
    auth.rawPath = r.rawPath;
    auth.query = call.query;
    if (r.contentType.contains("x-www-form-urlencoded"))
        auth.form = WooAuthChecker::parseQuery(r.body);
    auth.authorization = r.authorization;
    auth.now = call.now;
    const WooAuthResult result = m_auth.authenticate(auth);
    if (result.outcome == WooAuthResult::Outcome::Failed)
        return HttpReply::json(result.errorBody, 401);
    if (result.outcome == WooAuthResult::Outcome::Authenticated) {
        const QByteArray denied = WooAuthChecker::checkPermissions(*result.key, r.method);
        if (!denied.isEmpty())
            return HttpReply::json(denied, 401);
        call.authenticated = true;
    }

    if (!path.startsWith("/wc/v3"))
        return noRoute();
    const QList<QByteArray> parts = path.mid(7).split('/');
    const QByteArray &head = parts.value(0);
    if (path == "/wc/v3")
        return r.method == "GET"
                   ? jsonReply(QJsonObject{{QStringLiteral("namespace"), QStringLiteral("wc/v3")}})
                   : noRoute();
    if (head == "system_status" && parts.size() == 1)
        return r.method == "GET" ? systemStatus(call) : noRoute();
    if (head == "products")
        return products(call, parts);
    if (head == "customers")
        return customers(call, parts);
    if (head == "orders")
        return orders(call, parts);
    return noRoute();
}

HttpReply WooRestApi::index(const Call &call) const
{
    const WooSiteSettings &s = m_shop.settings;
    QJsonObject routes;
    const QStringList names{QStringLiteral("/"),
                            QStringLiteral("/wc/v3"),
                            QStringLiteral("/wc/v3/system_status"),
                            QStringLiteral("/wc/v3/products"),
                            QStringLiteral("/wc/v3/products/batch"),
                            QStringLiteral("/wc/v3/products/(?P<id>[\\d]+)"),
                            QStringLiteral("/wc/v3/products/(?P<product_id>[\\d]+)/variations"),
                            QStringLiteral("/wc/v3/customers"),
                            QStringLiteral("/wc/v3/customers/(?P<id>[\\d]+)"),
                            QStringLiteral("/wc/v3/orders"),
                            QStringLiteral("/wc/v3/orders/batch"),
                            QStringLiteral("/wc/v3/orders/(?P<id>[\\d]+)"),
                            QStringLiteral("/wc/v3/orders/(?P<order_id>[\\d]+)/notes")};
    for (const QString &name : names) {
        const QString ns = name == QLatin1String("/") ? QString() : QStringLiteral("wc/v3");
        routes.insert(name,
                      QJsonObject{{QStringLiteral("namespace"), ns},
                                  {QStringLiteral("methods"), QJsonArray{QStringLiteral("GET")}}});
    }
    return jsonReply(QJsonObject{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("url"), call.baseUrl},
        {QStringLiteral("home"), call.baseUrl},
        {QStringLiteral("gmt_offset"), QString::number(s.gmtOffsetHours)},
        {QStringLiteral("timezone_string"), s.timezoneString},
        {QStringLiteral("namespaces"),
         QJsonArray{QStringLiteral("oembed/1.0"), QStringLiteral("wc/store/v1"),
                    QStringLiteral("wc/v1"), QStringLiteral("wc/v2"), QStringLiteral("wc/v3"),
                    QStringLiteral("wc-analytics"), QStringLiteral("wp/v2")}},
        {QStringLiteral("authentication"), QJsonObject()},
        {QStringLiteral("routes"), routes}});
}

HttpReply WooRestApi::systemStatus(const Call &call) const
{
    if (!call.authenticated)
        return cannot(Action::List);
    const WooSiteSettings &s = m_shop.settings;
    const QJsonObject environment{{QStringLiteral("home_url"), call.baseUrl},
                                  {QStringLiteral("site_url"), call.baseUrl},
                                  {QStringLiteral("version"), s.wcVersion},
                                  {QStringLiteral("log_directory"),
                                   QStringLiteral("/var/www/html/wp-content/uploads/wc-logs/")},
                                  {QStringLiteral("log_directory_writable"), true},
                                  {QStringLiteral("wp_version"), s.wpVersion},
                                  {QStringLiteral("wp_multisite"), false},
                                  {QStringLiteral("wp_memory_limit"), 268435456},
                                  {QStringLiteral("wp_debug_mode"), false},
                                  {QStringLiteral("wp_cron"), true},
                                  {QStringLiteral("language"), QStringLiteral("zh_CN")},
                                  {QStringLiteral("server_info"), QStringLiteral("nginx/1.24.0")},
                                  {QStringLiteral("php_version"), QStringLiteral("8.2.26")},
                                  {QStringLiteral("default_timezone"), QStringLiteral("UTC")},
                                  {QStringLiteral("mysql_version"), QStringLiteral("8.0.40")},
                                  {QStringLiteral("secure_connection"), call.request.secure}};
    const QJsonObject settings{
        {QStringLiteral("api_enabled"), true},
        {QStringLiteral("force_ssl"), false},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("currency_symbol"), s.currencySymbol},
        {QStringLiteral("currency_position"), QStringLiteral("left")},
        {QStringLiteral("thousand_separator"), QStringLiteral(",")},
        {QStringLiteral("decimal_separator"), QStringLiteral(".")},
        {QStringLiteral("number_of_decimals"), s.decimals},
        {QStringLiteral("geolocation_enabled"), false},
        {QStringLiteral("taxonomies"),
         QJsonObject{{QStringLiteral("external"), QStringLiteral("external")},
                     {QStringLiteral("grouped"), QStringLiteral("grouped")},
                     {QStringLiteral("simple"), QStringLiteral("simple")},
                     {QStringLiteral("variable"), QStringLiteral("variable")}}},
        {QStringLiteral("woocommerce_com_connected"), QStringLiteral("no")}};
    return jsonReply(
        QJsonObject{{QStringLiteral("environment"), environment},
                    {QStringLiteral("database"),
                     QJsonObject{{QStringLiteral("wc_database_version"), s.wcVersion},
                                 {QStringLiteral("database_prefix"), QStringLiteral("wp_")}}},
                    {QStringLiteral("active_plugins"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("plugin"), QStringLiteral("woocommerce/woocommerce.php")},
                         {QStringLiteral("name"), QStringLiteral("WooCommerce")},
                         {QStringLiteral("version"), s.wcVersion}}}},
                    {QStringLiteral("inactive_plugins"), QJsonArray()},
                    {QStringLiteral("theme"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Storefront")},
                                 {QStringLiteral("version"), QStringLiteral("4.6.0")}}},
                    {QStringLiteral("settings"), settings},
                    {QStringLiteral("security"),
                     QJsonObject{{QStringLiteral("secure_connection"), call.request.secure},
                                 {QStringLiteral("hide_errors"), true}}},
                    {QStringLiteral("pages"), QJsonArray()}});
}

HttpReply WooRestApi::single(const Call &call, const QJsonObject &record, int status) const
{
    const QStringList fields = call.fields();
    return jsonReply(fields.isEmpty() ? record : WooJson::trimFields(record, fields), status);
}

HttpReply WooRestApi::list(Call &call, const QByteArray &collection, qint64 parentId)
{
    WooListingSpec spec = collection == "orders"       ? WooListingSpec::orders()
                          : collection == "products"   ? WooListingSpec::products()
                          : collection == "variations" ? WooListingSpec::variations()
                                                       : WooListingSpec::customers();
    WooListingQuery q;
    QByteArray error;
    if (!WooListingQuery::parse(spec, call.query, &q, &error))
        return HttpReply::json(error, 400);
    if (!call.authenticated)
        return cannot(Action::List);
    WooCollectionLister lister(m_shop, call.json, m_listingCache);
    WooListingContext context{
        call.baseUrl, QString::fromLatin1(collection), call.request.rawQuery, {}};
    // What chooses and orders the records; paging, _fields and the key's parameters do not.
    QList<std::pair<QString, QString>> sorted = call.query;
    std::sort(sorted.begin(), sorted.end());
    context.cacheKey = collection + '/' + QByteArray::number(parentId);
    for (const auto &[k, v] : sorted) {
        if (k == QLatin1String("page") || k == QLatin1String("per_page") ||
            k == QLatin1String("offset") || k == QLatin1String("_fields") ||
            k.startsWith(QLatin1String("oauth_")) || k.startsWith(QLatin1String("consumer_")))
            continue;
        context.cacheKey += '&' + k.toUtf8() + '=' + v.toUtf8();
    }
    HttpReply reply;
    if (collection == "orders") {
        reply = lister.orders(q, context);
    } else if (collection == "products") {
        reply = lister.products(q, context);
    } else if (collection == "variations") {
        context.route = QStringLiteral("products/%1/variations").arg(parentId);
        reply = lister.variations(parentId, q, context);
    } else {
        reply = lister.customers(q, context);
    }
    if (listAnswered)
        listAnswered(collection);
    return reply;
}

QJsonObject WooRestApi::createOne(Call &call, const QByteArray &collection, const QJsonObject &body,
                                  qint64 parentId, HttpReply *error)
{
    WooRecordWriter writer(m_shop);
    QString problem;
    if (collection == "products") {
        WooProduct p;
        p.id = m_shop.nextPostId++;
        p.name = QStringLiteral("Product");
        problem = writer.applyProduct(p, body, call.now);
        if (problem.isEmpty())
            return call.json.product(m_shop.addProduct(p));
    } else if (collection == "variations") {
        WooVariation v;
        v.id = m_shop.nextPostId++;
        v.parentId = parentId;
        problem = writer.applyVariation(v, body, call.now);
        if (problem.isEmpty()) {
            m_shop.product(parentId)->variations.push_back(v.id);
            return call.json.variation(m_shop.addVariation(v));
        }
    } else if (collection == "customers") {
        const QString email = body.value(QLatin1String("email")).toString();
        if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
            *error = errorReply("rest_invalid_param", QStringLiteral("Invalid parameter(s): email"),
                                400);
            return {};
        }
        for (const WooCustomer &c : m_shop.customers) {
            if (c.email.compare(email, Qt::CaseInsensitive) == 0) {
                *error =
                    errorReply("registration-error-email-exists",
                               QStringLiteral("An account is already registered with your email "
                                              "address. Please log in."),
                               400);
                return {};
            }
        }
        WooCustomer c;
        c.id = m_shop.nextUserId++;
        problem = writer.applyCustomer(c, body, call.now);
        if (problem.isEmpty())
            return call.json.customer(m_shop.addCustomer(c));
    } else {
        WooOrder o;
        o.id = m_shop.nextOrderId++;
        problem = writer.applyOrder(o, body, true, call.now);
        if (problem.isEmpty())
            return call.json.order(m_shop.addOrder(o));
    }
    *error = errorReply("woocommerce_rest_invalid_" + postType(collection), problem, 400);
    return {};
}

QJsonObject WooRestApi::updateOne(Call &call, const QByteArray &collection, qint64 id,
                                  const QJsonObject &body, qint64 parentId, HttpReply *error)
{
    WooRecordWriter writer(m_shop);
    QString problem;
    QJsonObject out;
    if (collection == "products") {
        WooProduct *p = m_shop.product(id);
        if (!p)
            return *error = invalidId(collection), QJsonObject();
        problem = writer.applyProduct(*p, body, call.now);
        out = call.json.product(*p);
    } else if (collection == "variations") {
        WooVariation *v = m_shop.variation(id);
        if (!v || v->parentId != parentId)
            return *error = invalidId(collection), QJsonObject();
        problem = writer.applyVariation(*v, body, call.now);
        out = call.json.variation(*v);
    } else if (collection == "customers") {
        WooCustomer *c = m_shop.customer(id);
        if (!c)
            return *error = invalidId(collection), QJsonObject();
        problem = writer.applyCustomer(*c, body, call.now);
        out = call.json.customer(*c);
    } else {
        WooOrder *o = m_shop.order(id);
        if (!o)
            return *error = invalidId(collection), QJsonObject();
        problem = writer.applyOrder(*o, body, false, call.now);
        out = call.json.order(*o);
    }
    if (!problem.isEmpty()) {
        *error = errorReply("woocommerce_rest_invalid_" + postType(collection), problem, 400);
        return {};
    }
    return out;
}

QJsonObject WooRestApi::deleteOne(Call &call, const QByteArray &collection, qint64 id, bool force,
                                  qint64 parentId, HttpReply *error)
{
    if (collection == "customers") {
        // WC_REST_Customers_V1_Controller::delete_item: force is checked before the id.
        if (!force) {
            *error = errorReply("woocommerce_rest_trash_not_supported",
                                QStringLiteral("Customers do not support trashing."), 501);
            return {};
        }
        const WooCustomer *c = m_shop.customer(id);
        if (!c) {
            *error = errorReply("woocommerce_rest_invalid_id",
                                QStringLiteral("Invalid resource id."), 400);
            return {};
        }
        const QJsonObject previous = call.json.customer(*c);
        m_shop.removeCustomer(id, call.now);
        return previous;
    }
    // WC_REST_CRUD_Controller::delete_item: trash unless force; trashing twice is 410.
    auto trash = [&](QByteArray &status, qint64 &modified) {
        if (status == "trash") {
            *error = errorReply("woocommerce_rest_already_trashed",
                                QStringLiteral("The %1 has already been deleted.")
                                    .arg(QString::fromLatin1(postType(collection))),
                                410);
            return false;
        }
        status = "trash";
        modified = call.now;
        ++m_shop.version;
        return true;
    };
    if (collection == "products") {
        WooProduct *p = m_shop.product(id);
        if (!p)
            return *error = invalidId(collection), QJsonObject();
        if (force) {
            const QJsonObject previous = call.json.product(*p);
            m_shop.removeProduct(id, call.now);
            return previous;
        }
        return trash(p->status, p->modified) ? call.json.product(*p) : QJsonObject();
    }
    if (collection == "variations") {
        WooVariation *v = m_shop.variation(id);
        if (!v || v->parentId != parentId)
            return *error = invalidId(collection), QJsonObject();
        if (force) {
            const QJsonObject previous = call.json.variation(*v);
            m_shop.removeVariation(id, call.now);
            return previous;
        }
        return trash(v->status, v->modified) ? call.json.variation(*v) : QJsonObject();
    }
    WooOrder *o = m_shop.order(id);
    if (!o)
        return *error = invalidId(collection), QJsonObject();
    if (force) {
        const QJsonObject previous = call.json.order(*o);
        m_shop.removeOrder(id, call.now);
        return previous;
    }
    return trash(o->status, o->modified) ? call.json.order(*o) : QJsonObject();
}

HttpReply WooRestApi::batch(Call &call, const QByteArray &collection)
{
    if (!isEditable(call.request.method))
        return noRoute();
    if (call.badJson)
        return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."), 400);
    if (!call.authenticated)
        return cannot(Action::Batch);
    const QJsonArray create = call.body.value(QLatin1String("create")).toArray();
    const QJsonArray update = call.body.value(QLatin1String("update")).toArray();
    const QJsonArray remove = call.body.value(QLatin1String("delete")).toArray();
    if (create.size() + update.size() + remove.size() > 100)
        return errorReply(
            "woocommerce_rest_request_entity_too_large",
            QStringLiteral("Unable to accept more than %1 items for this request.").arg(100), 413);
    auto failure = [](qint64 id, const HttpReply &e) {
        const QJsonObject err = QJsonDocument::fromJson(e.body).object();
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), err.value(QLatin1String("code"))},
                         {QStringLiteral("message"), err.value(QLatin1String("message"))},
                         {QStringLiteral("data"), err.value(QLatin1String("data"))}}}};
    };
    // WC_REST_Controller::batch_items: only the keys that were sent, non-empty, are answered.
    QJsonObject out;
    if (!create.isEmpty()) {
        QJsonArray done;
        for (const QJsonValue &v : create) {
            HttpReply e;
            const QJsonObject r = createOne(call, collection, v.toObject(), 0, &e);
            done.append(r.isEmpty() ? failure(0, e) : r);
        }
        out.insert(QStringLiteral("create"), done);
    }
    if (!update.isEmpty()) {
        QJsonArray done;
        for (const QJsonValue &v : update) {
            const qint64 id = v.toObject().value(QLatin1String("id")).toInteger();
            HttpReply e;
            const QJsonObject r = updateOne(call, collection, id, v.toObject(), 0, &e);
            done.append(r.isEmpty() ? failure(id, e) : r);
        }
        out.insert(QStringLiteral("update"), done);
    }
    if (!remove.isEmpty()) {
        QJsonArray done;
        for (const QJsonValue &v : remove) {
            const qint64 id =
                v.isObject() ? v.toObject().value(QLatin1String("id")).toInteger() : v.toInteger();
            HttpReply e;
            const QJsonObject r = deleteOne(call, collection, id, true, 0, &e); // batch forces
            done.append(r.isEmpty() ? failure(id, e) : r);
        }
        out.insert(QStringLiteral("delete"), done);
    }
    if (out.isEmpty()) // an empty PHP array is a JSON list
        return HttpReply::json("[]");
    return jsonReply(out);
}

HttpReply WooRestApi::products(Call &call, const QList<QByteArray> &parts)
{
    const QByteArray &method = call.request.method;
    if (parts.size() == 1) {
        if (method == "GET")
            return list(call, "products");
        if (method != "POST")
            return noRoute();
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Create);
        HttpReply error;
        const QJsonObject r = createOne(call, "products", call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r, 201);
    }
    if (parts.size() == 2 && parts[1] == "batch")
        return batch(call, "products");
    if (!isId(parts[1]))
        return noRoute();
    const qint64 id = parts[1].toLongLong();
    if (parts.size() >= 3) {
        if (parts[2] != "variations" || parts.size() > 4)
            return noRoute();
        return variations(call, id, parts.mid(3));
    }
    const bool exists = m_shop.product(id) != nullptr;
    HttpReply error;
    if (method == "GET") {
        if (!exists)
            return invalidId("products");
        if (!call.authenticated)
            return cannot(Action::View);
        return single(call, call.json.product(*m_shop.product(id)));
    }
    if (isEditable(method)) {
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return exists ? cannot(Action::Edit) : invalidId("products");
        const QJsonObject r = updateOne(call, "products", id, call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    if (method == "DELETE") {
        if (!call.authenticated)
            return exists ? cannot(Action::Delete) : invalidId("products");
        const QJsonObject r =
            deleteOne(call, "products", id, truthy(call.param(QStringLiteral("force"))), 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    return noRoute();
}

HttpReply WooRestApi::variations(Call &call, qint64 productId, const QList<QByteArray> &parts)
{
    const QByteArray &method = call.request.method;
    const WooProduct *parent = m_shop.product(productId);
    if (parts.isEmpty()) {
        if (method == "GET") {
            if (!parent)
                return invalidId("products");
            return list(call, "variations", productId);
        }
        if (method != "POST")
            return noRoute();
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Create);
        if (!parent)
            return invalidId("products");
        HttpReply error;
        const QJsonObject r = createOne(call, "variations", call.body, productId, &error);
        return r.isEmpty() ? error : single(call, r, 201);
    }
    if (!isId(parts[0]))
        return noRoute();
    const qint64 id = parts[0].toLongLong();
    const WooVariation *v = m_shop.variation(id);
    const bool exists = v && v->parentId == productId;
    HttpReply error;
    if (method == "GET") {
        if (!exists)
            return invalidId("variations");
        if (!call.authenticated)
            return cannot(Action::View);
        return single(call, call.json.variation(*v));
    }
    if (isEditable(method)) {
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return exists ? cannot(Action::Edit) : invalidId("variations");
        const QJsonObject r = updateOne(call, "variations", id, call.body, productId, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    if (method == "DELETE") {
        if (!call.authenticated)
            return exists ? cannot(Action::Delete) : invalidId("variations");
        const QJsonObject r = deleteOne(
            call, "variations", id, truthy(call.param(QStringLiteral("force"))), productId, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    return noRoute();
}

HttpReply WooRestApi::customers(Call &call, const QList<QByteArray> &parts)
{
    const QByteArray &method = call.request.method;
    if (parts.size() == 1) {
        if (method == "GET")
            return list(call, "customers");
        if (method != "POST")
            return noRoute();
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Create);
        HttpReply error;
        const QJsonObject r = createOne(call, "customers", call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r, 201);
    }
    if (parts.size() == 2 && parts[1] == "batch")
        return batch(call, "customers");
    if (parts.size() != 2 || !isId(parts[1]))
        return noRoute();
    const qint64 id = parts[1].toLongLong();
    HttpReply error;
    // The customers' permission callbacks check the capability first, for any id.
    if (method == "GET") {
        if (!call.authenticated)
            return cannot(Action::View);
        const WooCustomer *c = m_shop.customer(id);
        return c ? single(call, call.json.customer(*c)) : invalidId("customers");
    }
    if (isEditable(method)) {
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Edit);
        const QJsonObject r = updateOne(call, "customers", id, call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    if (method == "DELETE") {
        if (!call.authenticated)
            return cannot(Action::Delete);
        const QJsonObject r = deleteOne(call, "customers", id,
                                        truthy(call.param(QStringLiteral("force"))), 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    return noRoute();
}

HttpReply WooRestApi::orders(Call &call, const QList<QByteArray> &parts)
{
    const QByteArray &method = call.request.method;
    if (parts.size() == 1) {
        if (method == "GET")
            return list(call, "orders");
        if (method != "POST")
            return noRoute();
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Create);
        HttpReply error;
        const QJsonObject r = createOne(call, "orders", call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r, 201);
    }
    if (parts.size() == 2 && parts[1] == "batch")
        return batch(call, "orders");
    if (!isId(parts[1]))
        return noRoute();
    const qint64 id = parts[1].toLongLong();
    if (parts.size() >= 3) {
        if (parts[2] != "notes" || parts.size() > 4)
            return noRoute();
        return notes(call, id, parts.mid(3));
    }
    const bool exists = m_shop.order(id) != nullptr;
    HttpReply error;
    if (method == "GET") {
        if (!exists)
            return invalidId("orders");
        if (!call.authenticated)
            return cannot(Action::View);
        return single(call, call.json.order(*m_shop.order(id)));
    }
    if (isEditable(method)) {
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return exists ? cannot(Action::Edit) : invalidId("orders");
        const QJsonObject r = updateOne(call, "orders", id, call.body, 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    if (method == "DELETE") {
        if (!call.authenticated)
            return exists ? cannot(Action::Delete) : invalidId("orders");
        const QJsonObject r =
            deleteOne(call, "orders", id, truthy(call.param(QStringLiteral("force"))), 0, &error);
        return r.isEmpty() ? error : single(call, r);
    }
    return noRoute();
}

HttpReply WooRestApi::notes(Call &call, qint64 orderId, const QList<QByteArray> &parts)
{
    const QByteArray &method = call.request.method;
    WooOrder *order = m_shop.order(orderId);
    auto orderMissing = [] {
        return errorReply("woocommerce_rest_order_invalid_id", QStringLiteral("Invalid order ID."),
                          404);
    };
    if (parts.isEmpty()) {
        if (method == "GET") {
            WooListingQuery q;
            QByteArray error;
            if (!WooListingQuery::parse(WooListingSpec::notes(), call.query, &q, &error))
                return HttpReply::json(error, 400);
            if (!call.authenticated)
                return cannot(Action::List);
            if (!order)
                return orderMissing();
            // wc_get_order_notes(): newest first; no paging headers.
            std::vector<const WooNote *> v;
            const QString type = q.strings.value(QStringLiteral("type"));
            for (const WooNote &n : order->notes) {
                if ((type == QLatin1String("customer") && !n.customerNote) ||
                    (type == QLatin1String("internal") && n.customerNote))
                    continue;
                v.push_back(&n);
            }
            std::stable_sort(v.begin(), v.end(), [](const WooNote *a, const WooNote *b) {
                return a->created != b->created ? a->created > b->created : a->id > b->id;
            });
            QJsonArray out;
            for (const WooNote *n : v) {
                const QJsonObject o = call.json.note(*n, orderId);
                out.append(q.fields.isEmpty() ? o : WooJson::trimFields(o, q.fields));
            }
            return jsonReply(out);
        }
        if (method != "POST")
            return noRoute();
        if (call.badJson)
            return errorReply("rest_invalid_json", QStringLiteral("Invalid JSON body passed."),
                              400);
        if (!call.authenticated)
            return cannot(Action::Create);
        if (!order)
            return orderMissing();
        const QString text = call.body.value(QLatin1String("note")).toString();
        if (text.isEmpty())
            return errorReply("rest_missing_callback_param",
                              QStringLiteral("Missing parameter(s): note"), 400);
        WooNote n;
        n.id = m_shop.nextNoteId++;
        n.created = call.now;
        n.note = text;
        n.customerNote = truthy(call.body.value(QLatin1String("customer_note")));
        n.addedByUser = truthy(call.body.value(QLatin1String("added_by_user")));
        n.author = n.addedByUser ? QStringLiteral("admin") : QStringLiteral("system");
        order->notes.push_back(n);
        ++m_shop.version; // a note does not change the order's date_modified
        return single(call, call.json.note(n, orderId), 201);
    }
    if (parts.size() != 1 || !isId(parts[0]) || method != "GET")
        return noRoute();
    if (!call.authenticated)
        return cannot(Action::View);
    if (!order)
        return orderMissing();
    const qint64 noteId = parts[0].toLongLong();
    for (const WooNote &n : order->notes) {
        if (n.id == noteId)
            return single(call, call.json.note(n, orderId));
    }
    return errorReply("woocommerce_rest_invalid_id", QStringLiteral("Invalid resource ID."), 404);
}
