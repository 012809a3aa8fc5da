// Creates and updates records from request bodies, for the fields the documents list as
// writable (a subset: see README). Every write sets date_modified to the server's current second,
// as WordPress stores post_modified.
#pragma once

#include "WooRecords.h"

#include <QJsonObject>

class WooShopData;

class WooRecordWriter
{
public:
    explicit WooRecordWriter(WooShopData &shop) : m_shop(shop) {}

    /// Each returns an empty string, or the message of a 400 woocommerce_rest_invalid_* error.
    QString applyProduct(WooProduct &p, const QJsonObject &body, qint64 now);
    QString applyVariation(WooVariation &v, const QJsonObject &body, qint64 now);
    QString applyCustomer(WooCustomer &c, const QJsonObject &body, qint64 now);
    QString applyOrder(WooOrder &o, const QJsonObject &body, bool creating, qint64 now);

    /// A status change with the dates WooCommerce sets on the way (paid, completed).
    static void setOrderStatus(WooOrder &o, const QByteArray &status, qint64 now);
    static void applyAddress(WooAddress &a, const QJsonObject &o);

private:
    QString addLineItem(WooOrder &o, const QJsonObject &item);

    WooShopData &m_shop;
};
