// How the fake shop's records look on the wire: the field sets of the WooCommerce REST API v3
// documents (woocommerce-rest-api-docs, source/includes/wp-api-v3/_products.md, _orders.md, ...),
// money as decimal strings, dates as "YYYY-MM-DDTHH:MM:SS" in the site's zone and in GMT, and the
// WordPress error shape {"code", "message", "data": {"status"}}.
#pragma once

#include "WooRecords.h"

#include <QJsonObject>
#include <QStringList>

class WooShopData;

class WooJson
{
public:
    /// baseUrl: scheme://host, used for _links and permalinks.
    WooJson(const WooShopData &shop, QString baseUrl) : m_shop(shop), m_base(std::move(baseUrl)) {}

    QJsonObject product(const WooProduct &p) const;
    QJsonObject variation(const WooVariation &v) const;
    QJsonObject customer(const WooCustomer &c) const;
    QJsonObject order(const WooOrder &o) const;
    QJsonObject note(const WooNote &n, qint64 orderId) const;

    /// "12.30" for 1230 fen; negative amounts get a leading minus.
    static QString money(qint64 fen);
    /// Parses "12.3", "12.30", "12" (and JSON numbers) into fen; false if not a decimal amount.
    static bool parseMoney(const QJsonValue &value, qint64 *fen);
    /// "2026-11-20T08:00:00" of the epoch second shifted by offsetSeconds; null for 0.
    static QJsonValue date(qint64 epochSeconds, int offsetSeconds);
    /// Parses "YYYY-MM-DDTHH:MM:SS" (optionally with fractions or a zone suffix, which is ignored)
    /// as a wall-clock time and returns its seconds since the epoch as if it were GMT.
    static bool parseWallClock(const QString &text, qint64 *seconds);

    /// WordPress' rest_filter_response_fields: keeps the listed top-level fields, and for
    /// "a.b" only b inside a.
    static QJsonObject trimFields(const QJsonObject &record, const QStringList &fields);

    static QByteArray error(QByteArrayView code, const QString &message, int status,
                            const QJsonObject &extraData = {});

private:
    int offset() const;
    QJsonObject address(const WooAddress &a, bool withEmail) const;
    QJsonObject links(const QString &self, const QString &collection) const;

    const WooShopData &m_shop;
    QString m_base;
};
