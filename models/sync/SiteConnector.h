#pragma once

#include "sync/SiteConnection.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class Database;
class PageApplier;
class SitePuller;
class SiteProbe;
class SiteWriter;

// What a kind of site can supply. Panes say in a sentence what a kind cannot have rather than
// show zeros for it.
struct SiteCapabilities
{
    bool visits = true;    // every visit, also those that bought nothing (sessions, events)
    bool referrals = true; // the referral tree and its commissions
};

// One kind of site (Yutang's own site API, WooCommerce, …): turns its wire format into the
// common records and the outbox's edits into its writes. Each kind lives in its own folder under
// models/sites/ and is listed once in SiteKinds; store, analytics and panes do not know kinds.
class SiteConnector
{
public:
    virtual ~SiteConnector() = default;

    virtual QString id() const = 0;          // stable: profiles, the shop row, the CLI's --kind
    virtual QString displayName() const = 0; // translated
    virtual SiteCapabilities capabilities() const = 0;

    // What the user enters as the secret (a token; a consumer key and its secret), as ids, in
    // order, and how those parts are kept as the profile's one keychain item.
    virtual QStringList secretParts() const = 0;
    virtual QByteArray packSecret(const QList<QByteArray> &parts) const = 0;

    virtual std::unique_ptr<SitePuller> createPuller(Database &db, PageApplier &applier,
                                                     const SiteConnection &connection) const = 0;
    virtual std::unique_ptr<SiteWriter> createWriter(Database &db,
                                                     const SiteConnection &connection) const = 0;
    // Checks an address and secret before they are saved (the connect dialog, `token test`).
    virtual std::unique_ptr<SiteProbe> createProbe(const SiteConnection &connection) const = 0;
};

// The kinds of site Yutang connects to (models/sites/SiteKinds.cpp lists them).
namespace SiteKinds {
QString yutangId(); // "yutang": the default, and the kind of profiles made before kinds existed
const QList<const SiteConnector *> &all();
// The connector for a kind id; an empty id is Yutang's. Null for an unknown id.
const SiteConnector *find(const QString &id);
} // namespace SiteKinds
