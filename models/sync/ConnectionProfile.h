#pragma once

#include <QList>
#include <QString>

// A shop the user connects to: a name, the kind of site, its address and (optionally) where its
// store lives. The secret is not here: it is in the keychain under TokenStore::tokenKey(name).
struct ConnectionProfile
{
    QString name;
    QString siteAddress;
    QString storeLocation; // empty: the per-user default for this profile
    QString kind;          // SiteConnector::id(); empty: Yutang's site API

    bool isValid() const { return !name.isEmpty() && !siteAddress.isEmpty(); }
};

// Profiles kept in QSettings (group "profiles"); never holds secrets.
class ProfileStore
{
public:
    static QList<ConnectionProfile> all();
    static ConnectionProfile find(const QString &name);
    static void save(const ConnectionProfile &profile);
    static void remove(const QString &name);
    static QString current();
    static void setCurrent(const QString &name);
};
