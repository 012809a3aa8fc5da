#include "sites/yutang/YutangConnector.h"

#include "sites/yutang/YutangProbe.h"
#include "sites/yutang/YutangPuller.h"
#include "sites/yutang/YutangWriter.h"

#include <QCoreApplication>

QString YutangConnector::id() const
{
    return SiteKinds::yutangId();
}

QString YutangConnector::displayName() const
{
    return QCoreApplication::translate("SiteKinds", "Yutang site API");
}

SiteCapabilities YutangConnector::capabilities() const
{
    return {};
}

QStringList YutangConnector::secretParts() const
{
    return {QStringLiteral("token")};
}

QByteArray YutangConnector::packSecret(const QList<QByteArray> &parts) const
{
    return parts.value(0);
}

std::unique_ptr<SitePuller> YutangConnector::createPuller(Database &db, PageApplier &applier,
                                                          const SiteConnection &connection) const
{
    return std::make_unique<YutangPuller>(db, applier, connection);
}

std::unique_ptr<SiteWriter> YutangConnector::createWriter(Database &,
                                                          const SiteConnection &connection) const
{
    SiteAddress address;
    QString error;
    SiteAddress::parse(connection.siteAddress, &address, &error); // checked by the caller
    return std::make_unique<YutangWriter>(address, connection.secret, connection.retry);
}

std::unique_ptr<SiteProbe> YutangConnector::createProbe(const SiteConnection &connection) const
{
    return std::make_unique<YutangProbe>(connection);
}
