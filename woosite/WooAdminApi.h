// Test control under /__admin (only on this fake, no key needed):
//   GET  /__admin/dump     the whole state: records as the API renders them, trashed ones
//                          included, refunds with their amounts and dates, and every record
//                          deleted for good (collection, id, time);
//   POST /__admin/on-page  {"collection":"orders","after":N,"actions":[{"op":"trash"|"delete"|
//                          "create"|"touch","id":…}]}: applied right after the Nth list page of
//                          that collection (counted from now) has been made;
//   POST /__admin/reset    back to the state the server started with; hooks dropped.
#pragma once

#include "HttpReply.h"

#include <QJsonArray>
#include <functional>
#include <vector>

class WooShopData;

class WooAdminApi
{
public:
    WooAdminApi(WooShopData &shop, std::function<void(WooShopData &)> rebuild)
        : m_shop(shop), m_rebuild(std::move(rebuild))
    {}

    HttpReply handle(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                     const QString &baseUrl, qint64 now);
    /// A list page of collection was made: runs the hooks that were waiting for it.
    void listAnswered(const QByteArray &collection, qint64 now);

private:
    struct Hook
    {
        QByteArray collection;
        int after = 1;
        int seen = 0;
        QJsonArray actions;
    };
    HttpReply dump(const QString &baseUrl) const;
    void apply(const QByteArray &collection, const QJsonArray &actions, qint64 now);

    WooShopData &m_shop;
    std::function<void(WooShopData &)> m_rebuild;
    std::vector<Hook> m_hooks;
    QJsonArray m_applied; // what the hooks did, for the dump
};
