// WooProbe against yutang-woo-site (fixture small-tea-shop.json: 一叶茶舍, CNY, Asia/Shanghai,
// WooCommerce 9.4.2) with a read/write and a read-only key, a wrong secret, a Yutang site (not
// WordPress) and a closed port. Nothing on the shop may change.
#include "SiteProcess.h"
#include "WooSiteProcess.h"
#include "WooTestSupport.h"
#include "sync/SiteConnector.h"
#include "sync/SiteProbe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace WooTest;

class TestWooProbe : public QObject
{
    Q_OBJECT
private:
    WooSiteProcess m_site;

    SiteProbeResult probe(const QString &address, const QByteArray &packedSecret)
    {
        const SiteConnector *woo = SiteKinds::find(QStringLiteral("woocommerce"));
        std::unique_ptr<SiteProbe> probe = woo->createProbe(
            SiteConnection{QStringLiteral("woocommerce"), address, packedSecret, quickRetry()});
        if (!probe)
            return {};
        QSignalSpy spy(probe.get(), &SiteProbe::finished);
        probe->start();
        if (!spy.wait(20000))
            return {};
        return spy.first().first().value<SiteProbeResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SiteProbeResult>();
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--fixture"), QStringLiteral(WOO_FIXTURE),
                          QStringLiteral("--key"), QStringLiteral("ck_test:cs_test:read_write"),
                          QStringLiteral("--key"), QStringLiteral("ck_ro:cs_ro:read")},
                         &error),
            qPrintable(error));
    }

    void readWriteKey()
    {
        const QByteArray before = m_site.adminGet(QStringLiteral("dump"));
        const SiteProbeResult r = probe(m_site.address(), secret("ck_test", "cs_test"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.shopName, QStringLiteral("一叶茶舍"));
        QCOMPARE(r.currency, QStringLiteral("CNY"));
        QCOMPARE(r.timeZone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(r.platformVersion, QStringLiteral("9.4.2"));
        QVERIFY(r.canWrite);
        QVERIFY(r.notes.isEmpty()); // OAuth on loopback: no fallback was needed
        QCOMPARE(m_site.adminGet(QStringLiteral("dump")),
                 before); // the empty batch changed nothing
    }

    void readOnlyKey()
    {
        const SiteProbeResult r = probe(m_site.address(), secret("ck_ro", "cs_ro"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.shopName, QStringLiteral("一叶茶舍"));
        QVERIFY(!r.canWrite);
    }

    void wrongSecret()
    {
        const SiteProbeResult r = probe(m_site.address(), secret("ck_test", "cs_wrong"));
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, SyncResult::Failure::Unauthorized);
        QVERIFY2(r.error.contains(QStringLiteral("did not accept the WooCommerce key")),
                 qPrintable(r.error));
    }

    void notWordPress()
    {
        SiteProcess yutang;
        QString error;
        QVERIFY2(yutang.start({}, &error), qPrintable(error));
        const SiteProbeResult r = probe(yutang.address(), secret("ck_test", "cs_test"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not a WordPress site")), qPrintable(r.error));
        QCOMPARE(r.failure, SyncResult::Failure::NotASite);
    }

    void unreachable()
    {
        QTcpServer closed; // a port that was free a moment ago
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const SiteProbeResult r =
            probe(QStringLiteral("http://127.0.0.1:%1").arg(port), secret("ck_test", "cs_test"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("Cannot reach")), qPrintable(r.error));
        QCOMPARE(r.failure, SyncResult::Failure::Unreachable);
    }

    void cleanupTestCase() { QVERIFY(m_site.stop()); }
};

QTEST_GUILESS_MAIN(TestWooProbe)
#include "tst_wooprobe.moc"
