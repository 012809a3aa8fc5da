#include "sync/TokenStore.h"

#include <QSettings>
#include <QTest>
#include <QUuid>

// Round trips against the real secret service of the test session (gnome-keyring).
class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const QString key = TokenStore::tokenKey(QStringLiteral("roundtrip-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QByteArray secret = "s3cr3t-令牌-" + QUuid::createUuid().toByteArray();
        QString error;
        QVERIFY2(TokenStore::writeBlocking(key, secret, &error), qPrintable(error));
        QByteArray read;
        QVERIFY2(TokenStore::readBlocking(key, &read, &error), qPrintable(error));
        QCOMPARE(read, secret);
        QVERIFY2(TokenStore::removeBlocking(key, &error), qPrintable(error));
        QVERIFY(!TokenStore::readBlocking(key, &read, &error));
        QVERIFY(!error.isEmpty());
    }

    void tokenIsNotWrittenToSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("YutangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tokenstore"));
        const QByteArray secret = "never-in-settings-" + QUuid::createUuid().toByteArray();
        QString error;
        QVERIFY2(TokenStore::writeBlocking(TokenStore::tokenKey(QStringLiteral("settings-check")), secret, &error), qPrintable(error));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(secret));
        for (const QString &k : settings.allKeys())
            QVERIFY(!settings.value(k).toByteArray().contains(secret));
        TokenStore::removeBlocking(TokenStore::tokenKey(QStringLiteral("settings-check")), &error);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
