#include "sites/woocommerce/WooCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

QByteArray WooCredentials::pack() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("consumer_key"), consumerKey},
                                     {QStringLiteral("consumer_secret"), consumerSecret}})
        .toJson(QJsonDocument::Compact);
}

WooCredentials WooCredentials::unpack(const QByteArray &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    return {o.value(QLatin1String("consumer_key")).toString(),
            o.value(QLatin1String("consumer_secret")).toString()};
}
