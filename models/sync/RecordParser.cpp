#include "sync/RecordParser.h"

#include "sync/FlatPageScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

qsizetype ParsedPage::recordCount() const
{
    return products.size() + customers.size() + orders.size() + sessions.size() + events.size() +
           commissions.size() + deleted.size() + quarantined.size();
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordParser", text);
}

// Reads fields of one record, remembering the first defect. Later reads after a defect are
// cheap no-ops, so a parser can read every field and check once at the end.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &obj) : m_obj(obj) {}
    // Its own context, as lupdate sees calls inside this class.
    static QString tr(const char *text) { return QCoreApplication::translate("FieldReader", text); }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &field, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(field, what);
    }

    QString string(const char *field, bool required, bool allowEmpty = false)
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QLatin1String(field), tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(field), tr("not a string"));
            return {};
        }
        QString s = v.toString();
        if (required && !allowEmpty && s.isEmpty())
            fail(QLatin1String(field), tr("empty"));
        return s;
    }

    qint64 integer(const char *field, qint64 min, qint64 max = (qint64(1) << 53))
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            fail(QLatin1String(field), tr("missing"));
            return 0;
        }
        if (!v.isDouble()) {
            fail(QLatin1String(field), tr("not a number"));
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
            fail(QLatin1String(field), tr("not a whole number"));
            return 0;
        }
        const qint64 n = qint64(d);
        if (n < min || n > max) {
            fail(QLatin1String(field), tr("out of range (%1)").arg(n));
            return 0;
        }
        return n;
    }

    qint64 timestamp(const char *field)
    {
        std::optional<qint64> t = optionalTimestamp(field);
        if (!t && ok())
            fail(QLatin1String(field), tr("missing"));
        return t.value_or(0);
    }

    std::optional<qint64> optionalTimestamp(const char *field)
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(QLatin1String(field), tr("not a string"));
            return std::nullopt;
        }
        qint64 ms = 0;
        if (!RecordParser::parseTimestamp(v.toString(), &ms)) {
            fail(QLatin1String(field), tr("not an RFC 3339 timestamp with offset: %1").arg(v.toString()));
            return std::nullopt;
        }
        return ms;
    }

    QString oneOf(const char *field, std::initializer_list<const char *> allowed)
    {
        const QString s = string(field, true);
        if (!ok())
            return {};
        for (const char *a : allowed) {
            if (s == QLatin1String(a))
                return s;
        }
        fail(QLatin1String(field), tr("unknown value \"%1\"").arg(s));
        return {};
    }

    bool boolean(const char *field, bool defaultValue)
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull())
            return defaultValue;
        if (!v.isBool()) {
            fail(QLatin1String(field), tr("not true/false"));
            return defaultValue;
        }
        return v.toBool();
    }

private:
    const QJsonObject &m_obj;
    QString m_error;
};

QByteArray rawJson(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

bool quarantine(ParsedPage *page, const QJsonObject &obj, const QString &reason)
{
    const QJsonValue id = obj.value(QLatin1String("id"));
    QuarantinedRecord q;
    if (id.isString())
        q.recordId = id.toString();
    else if (id.isDouble())
        q.recordId = QString::number(id.toDouble(), 'g', 17);
    q.reason = reason;
    q.rawJson = rawJson(obj);
    page->quarantined.append(std::move(q));
    return false;
}

int digits(const QChar *p, int n, bool *ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

bool RecordParser::parseTimestamp(const QString &text, qint64 *epochMs)
{
    // YYYY-MM-DDTHH:MM:SS[.fff...](Z|±HH:MM), parsed by hand: millions of events go through here.
    const qsizetype n = text.size();
    if (n < 20)
        return false;
    const QChar *p = text.constData();
    bool ok = true;
    const int year = digits(p, 4, &ok);
    const int month = digits(p + 5, 2, &ok);
    const int day = digits(p + 8, 2, &ok);
    const int hour = digits(p + 11, 2, &ok);
    const int minute = digits(p + 14, 2, &ok);
    const int second = digits(p + 17, 2, &ok);
    if (!ok || p[4] != u'-' || p[7] != u'-' || (p[10] != u'T' && p[10] != u't' && p[10] != u' ') ||
        p[13] != u':' || p[16] != u':')
        return false;
    static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || hour > 23 ||
        minute > 59 || second > 59)
        return false;
    if (day > monthDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0))
        return false;
    qsizetype i = 19;
    int millis = 0;
    if (i < n && p[i] == u'.') {
        ++i;
        int scale = 100, count = 0;
        while (i < n && p[i] >= u'0' && p[i] <= u'9') {
            millis += (p[i].unicode() - u'0') * scale;
            scale /= 10;
            ++i;
            ++count;
        }
        if (count == 0)
            return false;
    }
    if (i >= n)
        return false; // no offset: the contract requires one
    int offsetMinutes = 0;
    if (p[i] == u'Z' || p[i] == u'z') {
        ++i;
    } else if (p[i] == u'+' || p[i] == u'-') {
        if (n - i != 6 || p[i + 3] != u':')
            return false;
        const int oh = digits(p + i + 1, 2, &ok);
        const int om = digits(p + i + 4, 2, &ok);
        if (!ok || oh > 23 || om > 59)
            return false;
        offsetMinutes = (oh * 60 + om) * (p[i] == u'-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != n)
        return false;
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    *epochMs = secs * 1000 + millis;
    return true;
}

bool RecordParser::parseRecord(Collection collection, const QJsonObject &obj, ParsedPage *page)
{
    FieldReader r(obj);
    const QString id = r.string("id", true);
    if (!r.ok())
        return quarantine(page, obj, r.error());

    if (obj.value(QLatin1String("deleted")).toBool(false)) {
        DeletedRecord d;
        d.id = id;
        d.updatedAt = r.optionalTimestamp("updated_at").value_or(0);
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->deleted.append(d);
        return true;
    }

    switch (collection) {
    case Collection::Products: {
        ProductRecord p;
        p.id = id;
        p.sku = r.string("sku", false);
        p.title = r.string("title", true);
        p.category = r.string("category", false);
        p.price = r.integer("price", 0);
        p.stock = r.integer("stock", 0);
        p.status = r.oneOf("status", {"active", "draft", "archived"});
        p.updatedAt = r.timestamp("updated_at");
        p.version = r.integer("version", 0);
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->products.append(std::move(p));
        return true;
    }
    case Collection::Customers: {
        CustomerRecord c;
        c.id = id;
        c.nickname = r.string("nickname", false);
        c.registeredAt = r.timestamp("registered_at");
        c.referrerId = r.string("referrer_id", false);
        c.wechatFollowed = r.boolean("wechat_followed", false);
        c.updatedAt = r.timestamp("updated_at");
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->customers.append(std::move(c));
        return true;
    }
    case Collection::Orders: {
        OrderRecord o;
        o.id = id;
        o.number = r.string("number", true);
        o.customerId = r.string("customer_id", false);
        o.sessionId = r.string("session_id", false);
        o.status = r.oneOf("status", {"pending", "paid", "shipped", "completed", "cancelled", "refunded"});
        o.createdAt = r.timestamp("created_at");
        o.paidAt = r.optionalTimestamp("paid_at");
        o.total = r.integer("total", 0);
        o.updatedAt = r.timestamp("updated_at");
        o.version = r.integer("version", 0);
        const QJsonValue shipping = obj.value(QLatin1String("shipping"));
        if (shipping.isObject()) {
            const QJsonObject s = shipping.toObject();
            FieldReader sr(s);
            o.carrier = sr.string("carrier", false);
            o.trackingNumber = sr.string("tracking_number", false);
            if (!sr.ok())
                r.fail(QStringLiteral("shipping"), sr.error());
        } else if (!shipping.isUndefined() && !shipping.isNull()) {
            r.fail(QStringLiteral("shipping"), tr("not an object"));
        }
        const QJsonValue items = obj.value(QLatin1String("items"));
        if (!items.isArray()) {
            r.fail(QStringLiteral("items"), items.isUndefined() ? tr("missing") : tr("not an array"));
        } else {
            const QJsonArray arr = items.toArray();
            for (qsizetype i = 0; i < arr.size() && r.ok(); ++i) {
                if (!arr.at(i).isObject()) {
                    r.fail(QStringLiteral("items[%1]").arg(i), tr("not an object"));
                    break;
                }
                const QJsonObject io = arr.at(i).toObject();
                FieldReader ir(io);
                OrderItemRecord item;
                item.productId = ir.string("product_id", false);
                item.title = ir.string("title", false);
                item.quantity = ir.integer("quantity", 1);
                item.unitPrice = ir.integer("unit_price", 0);
                if (!ir.ok())
                    r.fail(QStringLiteral("items[%1]").arg(i), ir.error());
                o.items.append(std::move(item));
            }
        }
        if (r.ok() && o.paidAt && *o.paidAt < o.createdAt)
            r.fail(QStringLiteral("paid_at"), tr("earlier than created_at"));
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->orders.append(std::move(o));
        return true;
    }
    case Collection::Sessions: {
        SessionRecord s;
        s.id = id;
        s.visitorId = r.string("visitor_id", true);
        s.customerId = r.string("customer_id", false);
        s.startedAt = r.timestamp("started_at");
        s.landingUrl = r.string("landing_url", false);
        s.referrerUrl = r.string("referrer_url", false);
        s.userAgent = r.string("user_agent", false);
        s.attribution = r.string("attribution", false);
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->sessions.append(std::move(s));
        return true;
    }
    case Collection::Events: {
        EventRecord e;
        e.id = id;
        e.sessionId = r.string("session_id", true);
        e.type = r.oneOf("type", {"view_product", "add_to_cart", "begin_checkout", "purchase",
                                  "register", "follow", "share", "view_page", "search"});
        e.at = r.timestamp("at");
        e.productId = r.string("product_id", false);
        e.orderId = r.string("order_id", false);
        e.customerId = r.string("customer_id", false);
        e.shareTarget = r.string("share_target", false);
        e.page = r.string("page", e.type == QLatin1String("view_page"));
        e.query = r.string("query", e.type == QLatin1String("search"));
        if (r.ok() && e.type == QLatin1String("purchase") && e.orderId.isEmpty())
            r.fail(QStringLiteral("order_id"), tr("missing on a purchase event"));
        if (r.ok() && e.type == QLatin1String("register") && e.customerId.isEmpty())
            r.fail(QStringLiteral("customer_id"), tr("missing on a register event"));
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->events.append(std::move(e));
        return true;
    }
    case Collection::Commissions: {
        CommissionRecord c;
        c.id = id;
        c.orderId = r.string("order_id", true);
        c.beneficiaryId = r.string("beneficiary_id", true);
        c.level = r.integer("level", 1, 1000);
        c.amount = r.integer("amount", 0);
        c.status = r.oneOf("status", {"pending", "confirmed", "paid", "reversed"});
        c.createdAt = r.timestamp("created_at");
        c.updatedAt = r.timestamp("updated_at");
        if (!r.ok())
            return quarantine(page, obj, r.error());
        page->commissions.append(std::move(c));
        return true;
    }
    }
    return quarantine(page, obj, tr("unknown collection"));
}

namespace {

using FlatValue = FlatPageScanner::Value;

// FieldReader's checks for a value that passes them all; false where it would fail.
bool flatString(FlatValue &v, bool required, QString *out)
{
    switch (v.kind) {
    case FlatValue::Absent:
    case FlatValue::Null:
        *out = QString();
        return !required;
    case FlatValue::String:
        *out = std::move(v.text);
        return !required || !out->isEmpty();
    default:
        return false;
    }
}

bool flatTimestamp(const FlatValue &v, qint64 *out)
{
    return v.kind == FlatValue::String && RecordParser::parseTimestamp(v.text, out);
}

bool flatOneOf(FlatValue &v, std::initializer_list<const char *> allowed, QString *out)
{
    if (!flatString(v, true, out))
        return false;
    for (const char *a : allowed) {
        if (*out == QLatin1String(a))
            return true;
    }
    return false;
}

// A deleted record takes the general path (it is rare, and read differently).
bool flatDeleted(const FlatValue &v)
{
    return v.kind == FlatValue::True;
}

bool flatSessions(const QByteArray &body, ParsedPage *page, FlatPageScanner::Envelope *envelope)
{
    enum { Id, Deleted, Visitor, Customer, Started, Landing, Referrer, Agent, Attribution };
    static const QList<QByteArrayView> fields = {"id",           "deleted",    "visitor_id",
                                                 "customer_id",  "started_at", "landing_url",
                                                 "referrer_url", "user_agent", "attribution"};
    return FlatPageScanner::scan(body, fields, envelope, [page](FlatValue *v) {
        SessionRecord s;
        if (!flatString(v[Id], true, &s.id) || flatDeleted(v[Deleted]) ||
            !flatString(v[Visitor], true, &s.visitorId) ||
            !flatString(v[Customer], false, &s.customerId) ||
            !flatTimestamp(v[Started], &s.startedAt) ||
            !flatString(v[Landing], false, &s.landingUrl) ||
            !flatString(v[Referrer], false, &s.referrerUrl) ||
            !flatString(v[Agent], false, &s.userAgent) ||
            !flatString(v[Attribution], false, &s.attribution))
            return false;
        page->sessions.append(std::move(s));
        return true;
    });
}

bool flatEvents(const QByteArray &body, ParsedPage *page, FlatPageScanner::Envelope *envelope)
{
    enum { Id, Deleted, Session, Type, At, Product, Order, Customer, Share, Page, Query };
    static const QList<QByteArrayView> fields = {
        "id",       "deleted",     "session_id",   "type", "at",   "product_id",
        "order_id", "customer_id", "share_target", "page", "query"};
    return FlatPageScanner::scan(body, fields, envelope, [page](FlatValue *v) {
        EventRecord e;
        if (!flatString(v[Id], true, &e.id) || flatDeleted(v[Deleted]) ||
            !flatString(v[Session], true, &e.sessionId) ||
            !flatOneOf(v[Type],
                       {"view_product", "add_to_cart", "begin_checkout", "purchase", "register",
                        "follow", "share", "view_page", "search"},
                       &e.type) ||
            !flatTimestamp(v[At], &e.at) || !flatString(v[Product], false, &e.productId) ||
            !flatString(v[Order], false, &e.orderId) ||
            !flatString(v[Customer], false, &e.customerId) ||
            !flatString(v[Share], false, &e.shareTarget) ||
            !flatString(v[Page], e.type == QLatin1String("view_page"), &e.page) ||
            !flatString(v[Query], e.type == QLatin1String("search"), &e.query))
            return false;
        if (e.type == QLatin1String("purchase") && e.orderId.isEmpty())
            return false;
        if (e.type == QLatin1String("register") && e.customerId.isEmpty())
            return false;
        page->events.append(std::move(e));
        return true;
    });
}

} // namespace

bool RecordParser::parseFlatPage(Collection collection, const QByteArray &body, ParsedPage *page)
{
    ParsedPage flat;
    flat.collection = collection;
    FlatPageScanner::Envelope envelope;
    if (collection == Collection::Sessions) {
        if (!flatSessions(body, &flat, &envelope))
            return false;
    } else if (collection == Collection::Events) {
        if (!flatEvents(body, &flat, &envelope))
            return false;
    } else {
        return false;
    }
    // The envelope as parsePageAsDocument reads it; one it refuses is declined here.
    if (!envelope.data)
        return false;
    flat.hasNextCursor =
        envelope.nextCursor.kind == FlatValue::String && !envelope.nextCursor.text.isEmpty();
    if (flat.hasNextCursor)
        flat.nextCursor = envelope.nextCursor.text;
    if (envelope.syncToken.kind == FlatValue::String)
        flat.syncToken = envelope.syncToken.text;
    if (!flat.hasNextCursor && flat.syncToken.isEmpty())
        return false;
    *page = std::move(flat);
    return true;
}

bool RecordParser::parsePage(Collection collection, const QByteArray &body, ParsedPage *page,
                             QString *error)
{
    return parseFlatPage(collection, body, page) ||
           parsePageAsDocument(collection, body, page, error);
}

bool RecordParser::parsePageAsDocument(Collection collection, const QByteArray &body,
                                       ParsedPage *page, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The site sent a page that is not valid JSON (%1 at byte %2).")
                     .arg(pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = tr("The site sent a page without a \"data\" array.");
        return false;
    }
    page->collection = collection;
    const QJsonValue next = root.value(QLatin1String("next_cursor"));
    page->hasNextCursor = next.isString() && !next.toString().isEmpty();
    page->nextCursor = page->hasNextCursor ? next.toString() : QString();
    const QJsonValue token = root.value(QLatin1String("sync_token"));
    page->syncToken = token.isString() ? token.toString() : QString();
    if (!page->hasNextCursor && page->syncToken.isEmpty()) {
        *error = tr("The site's last page carries no sync_token.");
        return false;
    }
    const QJsonArray arr = data.toArray();
    for (const QJsonValue &v : arr) {
        if (!v.isObject()) {
            QuarantinedRecord q;
            q.reason = tr("record is not a JSON object");
            q.rawJson = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            page->quarantined.append(std::move(q));
            continue;
        }
        parseRecord(collection, v.toObject(), page);
    }
    return true;
}

bool RecordParser::parseShop(const QByteArray &body, ShopRecord *shop, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The site's /shop answer is not valid JSON (%1).").arg(pe.errorString());
        return false;
    }
    const QJsonObject obj = doc.object();
    FieldReader r(obj);
    shop->id = r.string("id", true);
    shop->name = r.string("name", true);
    shop->currency = r.string("currency", true);
    shop->timezone = r.string("timezone", true);
    const QJsonArray rates = obj.value(QLatin1String("commission")).toObject().value(QLatin1String("rates_bp")).toArray();
    shop->ratesBp.clear();
    for (const QJsonValue &v : rates) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 10000 || v.toDouble() != std::floor(v.toDouble())) {
            r.fail(QStringLiteral("commission.rates_bp"), tr("not a list of basis points"));
            break;
        }
        shop->ratesBp.append(int(v.toDouble()));
    }
    if (!r.ok()) {
        *error = tr("The site's /shop answer is unusable: %1").arg(r.error());
        return false;
    }
    return true;
}
