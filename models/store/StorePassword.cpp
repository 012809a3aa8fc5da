#include "store/StorePassword.h"

#include "store/StoreLocation.h"
#include "sync/TokenStore.h"

QString StorePassword::keyFor(const StoreLocation &location)
{
    return QStringLiteral("store-password/%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}

QString StorePassword::lookup(const StoreLocation &location, QString *note)
{
    QByteArray secret;
    QString error;
    if (!TokenStore::readBlocking(keyFor(location), &secret, &error)) {
        if (note)
            *note = error;
        return {};
    }
    return QString::fromUtf8(secret);
}
