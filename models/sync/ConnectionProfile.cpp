#include "sync/ConnectionProfile.h"

#include <QSettings>

namespace {
const QString kGroup = QStringLiteral("profiles");
}

QList<ConnectionProfile> ProfileStore::all()
{
    QSettings s;
    s.beginGroup(kGroup);
    QList<ConnectionProfile> list;
    const QStringList names = s.childGroups();
    for (const QString &name : names) {
        s.beginGroup(name);
        list.append({name, s.value(QStringLiteral("site")).toString(),
                     s.value(QStringLiteral("store")).toString(),
                     s.value(QStringLiteral("kind")).toString()});
        s.endGroup();
    }
    return list;
}

ConnectionProfile ProfileStore::find(const QString &name)
{
    for (const ConnectionProfile &p : all()) {
        if (p.name == name)
            return p;
    }
    return {};
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QSettings s;
    s.beginGroup(kGroup);
    s.beginGroup(profile.name);
    s.setValue(QStringLiteral("site"), profile.siteAddress);
    s.setValue(QStringLiteral("store"), profile.storeLocation);
    s.setValue(QStringLiteral("kind"), profile.kind);
}

void ProfileStore::remove(const QString &name)
{
    QSettings s;
    s.beginGroup(kGroup);
    s.remove(name);
}

QString ProfileStore::current()
{
    return QSettings().value(QStringLiteral("currentProfile")).toString();
}

void ProfileStore::setCurrent(const QString &name)
{
    QSettings().setValue(QStringLiteral("currentProfile"), name);
}
