#include "WooListingQuery.h"

#include "WooJson.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct Problems
{
    QStringList order;
    QJsonObject params, details;

    void add(const QString &param, const QString &code, const QString &message)
    {
        if (params.contains(param))
            return;
        order.append(param);
        params.insert(param, message);
        details.insert(param, QJsonObject{{QStringLiteral("code"), code},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("data"), QJsonValue::Null}});
    }
};

bool toInteger(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    if (ok)
        return true;
    // rest_is_integer accepts "10.0" too (a number whose value is integral).
    const double d = text.trimmed().toDouble(&ok);
    if (ok && d == double(qint64(d))) {
        *value = qint64(d);
        return true;
    }
    return false;
}

/// wp_parse_list: a comma or space separated list.
QStringList parseList(const QString &text)
{
    QStringList out;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        out.append(part);
    return out;
}

QString integerType(const QString &param)
{
    return QStringLiteral("%1 is not of type %2.").arg(param, QStringLiteral("integer"));
}

} // namespace

QString WooListingQuery::listJoin(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    if (items.size() == 2)
        return items[0] + QStringLiteral(" and ") + items[1];
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) +
           QStringLiteral(", and ") + items.last();
}

bool WooListingQuery::parse(const WooListingSpec &spec, const WooParams &params,
                            WooListingQuery *out, QByteArray *errorBody)
{
    QHash<QString, QString> p;
    for (const auto &[key, value] : params)
        p.insert(key, value); // PHP's $_GET keeps the last of repeated keys
    Problems bad;
    WooListingQuery q;
    q.orderby = spec.defaultOrderby;
    q.ascending = spec.defaultOrder == QLatin1String("asc");

    auto integerParam = [&](const QString &name, qint64 *value) {
        if (!p.contains(name))
            return false;
        if (!toInteger(p.value(name), value)) {
            bad.add(name, QStringLiteral("rest_invalid_type"), integerType(name));
            return false;
        }
        return true;
    };
    qint64 v = 0;
    if (integerParam(QStringLiteral("page"), &v)) {
        if (v < 1)
            bad.add(QStringLiteral("page"), QStringLiteral("rest_out_of_bounds"),
                    QStringLiteral("page must be greater than or equal to 1"));
        else
            q.page = int(qMin<qint64>(v, 1 << 30));
    }
    if (integerParam(QStringLiteral("per_page"), &v)) {
        if (v < 1 || v > 100)
            bad.add(QStringLiteral("per_page"), QStringLiteral("rest_out_of_bounds"),
                    QStringLiteral("per_page must be between 1 (inclusive) and 100 (inclusive)"));
        else
            q.perPage = int(v);
    }
    if (integerParam(QStringLiteral("offset"), &v))
        q.offset = v;
    auto enumParam = [&](const QString &name, const QStringList &allowed, QString *value) {
        if (!p.contains(name))
            return;
        const QString given = p.value(name);
        if (!allowed.contains(given))
            bad.add(name, QStringLiteral("rest_not_in_enum"),
                    QStringLiteral("%1 is not one of %2.").arg(name, listJoin(allowed)));
        else
            *value = given;
    };
    QString order = q.ascending ? QStringLiteral("asc") : QStringLiteral("desc");
    enumParam(QStringLiteral("order"), {QStringLiteral("asc"), QStringLiteral("desc")}, &order);
    q.ascending = order == QLatin1String("asc");
    enumParam(QStringLiteral("orderby"), spec.orderby, &q.orderby);

    auto idList = [&](const QString &name, QList<qint64> *ids) {
        if (!p.contains(name))
            return;
        const QStringList items = parseList(p.value(name));
        for (qsizetype i = 0; i < items.size(); ++i) {
            qint64 id = 0;
            if (!toInteger(items[i], &id)) {
                bad.add(name, QStringLiteral("rest_invalid_type"),
                        integerType(QStringLiteral("%1[%2]").arg(name).arg(i)));
                return;
            }
            ids->append(id);
        }
    };
    idList(QStringLiteral("include"), &q.include);
    idList(QStringLiteral("exclude"), &q.exclude);

    if (spec.dateFilters) {
        auto dateParam = [&](const QString &name, std::optional<qint64> *value) {
            if (!p.contains(name))
                return;
            qint64 s = 0;
            if (!WooJson::parseWallClock(p.value(name), &s))
                bad.add(name, QStringLiteral("rest_invalid_date"), QStringLiteral("Invalid date."));
            else
                *value = s;
        };
        dateParam(QStringLiteral("after"), &q.after);
        dateParam(QStringLiteral("before"), &q.before);
        dateParam(QStringLiteral("modified_after"), &q.modifiedAfter);
        dateParam(QStringLiteral("modified_before"), &q.modifiedBefore);
        if (p.contains(QStringLiteral("dates_are_gmt"))) {
            const QString b = p.value(QStringLiteral("dates_are_gmt")).toLower();
            if (b == QLatin1String("true") || b == QLatin1String("1"))
                q.datesAreGmt = true;
            else if (b == QLatin1String("false") || b == QLatin1String("0") || b.isEmpty())
                q.datesAreGmt = false;
            else
                bad.add(QStringLiteral("dates_are_gmt"), QStringLiteral("rest_invalid_type"),
                        QStringLiteral("dates_are_gmt is not of type boolean."));
        }
    }
    if (!spec.statuses.isEmpty()) {
        q.statuses = QStringList{spec.defaultStatus};
        if (p.contains(QStringLiteral("status"))) {
            const QStringList items = parseList(p.value(QStringLiteral("status")));
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!spec.statuses.contains(items[i])) {
                    bad.add(QStringLiteral("status"), QStringLiteral("rest_not_in_enum"),
                            QStringLiteral("status[%1] is not one of %2.")
                                .arg(i)
                                .arg(listJoin(spec.statuses)));
                }
            }
            if (!items.isEmpty())
                q.statuses = items;
        }
    }
    for (const QString &name : spec.integerParams) {
        if (integerParam(name, &v))
            q.integers.insert(name, v);
    }
    for (const QString &name : spec.stringParams) {
        if (p.contains(name))
            q.strings.insert(name, p.value(name));
    }
    for (auto it = spec.enumParams.begin(); it != spec.enumParams.end(); ++it) {
        QString value = spec.enumDefaults.value(it.key());
        enumParam(it.key(), it.value(), &value);
        if (!value.isEmpty())
            q.strings.insert(it.key(), value);
    }
    if (p.contains(QStringLiteral("_fields")))
        q.fields = p.value(QStringLiteral("_fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (!bad.order.isEmpty()) {
        *errorBody = WooJson::error(
            "rest_invalid_param",
            QStringLiteral("Invalid parameter(s): %1").arg(bad.order.join(QStringLiteral(", "))),
            400,
            QJsonObject{{QStringLiteral("params"), bad.params},
                        {QStringLiteral("details"), bad.details}});
        return false;
    }
    *out = q;
    return true;
}

WooListingSpec WooListingSpec::orders()
{
    WooListingSpec s;
    s.orderby = {QStringLiteral("date"),  QStringLiteral("id"),   QStringLiteral("include"),
                 QStringLiteral("title"), QStringLiteral("slug"), QStringLiteral("modified")};
    s.defaultOrderby = QStringLiteral("date");
    s.defaultOrder = QStringLiteral("desc");
    s.statuses = {QStringLiteral("any"),       QStringLiteral("trash"),
                  QStringLiteral("pending"),   QStringLiteral("processing"),
                  QStringLiteral("on-hold"),   QStringLiteral("completed"),
                  QStringLiteral("cancelled"), QStringLiteral("refunded"),
                  QStringLiteral("failed"),    QStringLiteral("checkout-draft")};
    s.defaultStatus = QStringLiteral("any");
    s.integerParams = {QStringLiteral("customer"), QStringLiteral("product"), QStringLiteral("dp"),
                       QStringLiteral("parent")};
    s.stringParams = {QStringLiteral("search")};
    return s;
}

WooListingSpec WooListingSpec::products()
{
    WooListingSpec s;
    s.orderby = {QStringLiteral("date"),   QStringLiteral("modified"),
                 QStringLiteral("id"),     QStringLiteral("include"),
                 QStringLiteral("title"),  QStringLiteral("slug"),
                 QStringLiteral("price"),  QStringLiteral("popularity"),
                 QStringLiteral("rating"), QStringLiteral("menu_order")};
    s.defaultOrderby = QStringLiteral("date");
    s.defaultOrder = QStringLiteral("desc");
    s.statuses = {QStringLiteral("any"),    QStringLiteral("future"),  QStringLiteral("trash"),
                  QStringLiteral("draft"),  QStringLiteral("pending"), QStringLiteral("private"),
                  QStringLiteral("publish")};
    s.defaultStatus = QStringLiteral("any");
    s.integerParams = {QStringLiteral("category"), QStringLiteral("parent")};
    s.stringParams = {QStringLiteral("search"), QStringLiteral("sku"), QStringLiteral("slug")};
    s.enumParams.insert(QStringLiteral("type"),
                        {QStringLiteral("simple"), QStringLiteral("grouped"),
                         QStringLiteral("external"), QStringLiteral("variable")});
    s.enumParams.insert(
        QStringLiteral("stock_status"),
        {QStringLiteral("instock"), QStringLiteral("outofstock"), QStringLiteral("onbackorder")});
    return s;
}

WooListingSpec WooListingSpec::variations()
{
    WooListingSpec s = products();
    s.enumParams.remove(QStringLiteral("type"));
    s.integerParams = {QStringLiteral("parent")};
    return s;
}

WooListingSpec WooListingSpec::customers()
{
    // WC_REST_Customers_V2_Controller::get_collection_params: no date filters, no status.
    WooListingSpec s;
    s.orderby = {QStringLiteral("id"), QStringLiteral("include"), QStringLiteral("name"),
                 QStringLiteral("registered_date")};
    s.defaultOrderby = QStringLiteral("name");
    s.defaultOrder = QStringLiteral("asc");
    s.dateFilters = false;
    s.stringParams = {QStringLiteral("search"), QStringLiteral("email")};
    s.enumParams.insert(QStringLiteral("role"),
                        {QStringLiteral("all"), QStringLiteral("administrator"),
                         QStringLiteral("editor"), QStringLiteral("author"),
                         QStringLiteral("contributor"), QStringLiteral("subscriber"),
                         QStringLiteral("customer"), QStringLiteral("shop_manager")});
    s.enumDefaults.insert(QStringLiteral("role"), QStringLiteral("customer"));
    return s;
}

WooListingSpec WooListingSpec::notes()
{
    WooListingSpec s;
    s.dateFilters = false;
    s.enumParams.insert(QStringLiteral("type"), {QStringLiteral("any"), QStringLiteral("customer"),
                                                 QStringLiteral("internal")});
    s.enumDefaults.insert(QStringLiteral("type"), QStringLiteral("any"));
    return s;
}
