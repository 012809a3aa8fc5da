// The app opening a store it cannot use: the problem dialog with the store's message and the
// choices (another store, a fresh store synced from the site, quit), driven through the real
// AppController and widgets offscreen. The re-sync case reads the shop's token from the system
// keychain (the test runs inside a D-Bus session with an unlocked keyring, as tst_connectdialog).
#include "../store/StoreFaultSupport.h"
#include "SiteProcess.h"
#include "dialogs/StoreProblemDialog.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "store/Database.h"
#include "sync/ConnectionProfile.h"
#include "sync/SyncController.h"
#include "sync/TokenStore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace StoreFaultSupport;

namespace {

// A file where a store should be, whose header is not SQLite's.
bool writeDamagedStore(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray("this is no longer a store ") + QByteArray(8192, 'x'));
    return true;
}

// A store written by a newer Yutang: a schema step this build does not know.
bool writeNewerStore(const QString &path)
{
    QString error;
    auto db = Database::open(StoreLocation::parse(path), &error);
    if (!db)
        return false;
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("INSERT INTO schema_steps (version) VALUES (9002)"));
}

// What the problem dialog showed, and then does with it (on the dialog's own event loop).
struct DialogSeen
{
    bool shown = false;
    QString message;
    bool resyncEnabled = false;
};

StoreProblemDialog *problemDialog()
{
    return qobject_cast<StoreProblemDialog *>(QApplication::activeModalWidget());
}

// Once the problem dialog runs: records what it shows and presses `button`.
void whenDialogShown(DialogSeen *seen, const QString &button)
{
    QTimer::singleShot(0, qApp, [seen, button] {
        StoreProblemDialog *dialog = problemDialog();
        if (!dialog)
            return;
        seen->shown = true;
        seen->message = dialog->findChild<QLabel *>(QStringLiteral("storeProblemMessage"))->text();
        seen->resyncEnabled =
            dialog->findChild<QPushButton *>(QStringLiteral("resyncFreshStore"))->isEnabled();
        dialog->findChild<QPushButton *>(button)->click();
    });
}

} // namespace

class TestStoreProblem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void damagedStoreIsSetAsideAndSyncedAgain()
    {
        SiteProcess site;
        QString error;
        QVERIFY2(site.start({}, &error), qPrintable(error));
        if (!TokenStore::writeBlocking(TokenStore::tokenKey(QStringLiteral("faulty")), site.token(),
                                       &error))
            QSKIP(qPrintable(QStringLiteral("No keychain: %1").arg(error)));
        const QString path = m_dir.filePath(QStringLiteral("faulty.sqlite"));
        QVERIFY(writeDamagedStore(path));
        const QByteArray digest = fileDigest(path);
        ConnectionProfile profile;
        profile.name = QStringLiteral("faulty");
        profile.siteAddress = site.address();
        profile.storeLocation = path;
        ProfileStore::save(profile);

        DialogSeen seen;
        whenDialogShown(&seen, QStringLiteral("resyncFreshStore"));
        AppController controller;
        AppController::Options options;
        options.profile = QStringLiteral("faulty");
        QVERIFY(controller.start(options));
        QVERIFY(seen.shown);
        QVERIFY2(seen.message.contains(QLatin1String("is damaged")), qPrintable(seen.message));
        QVERIFY(seen.resyncEnabled);
        QVERIFY(controller.window());
        // The fresh store is synced from the shop's site (the token read from the keychain).
        QSignalSpy synced(controller.window()->syncController(), &SyncController::finished);
        QVERIFY(synced.wait(120000));
        const auto result = synced.first().first().value<SyncResult>();
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
        {
            auto db = Database::open(StoreLocation::parse(path), &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(count(*db, QStringLiteral("orders")),
                     qint64(site.listAll(QStringLiteral("orders")).size()));
        }
        // The damaged file is kept, renamed next to the store, as it was.
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("faulty.sqlite.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileDigest(m_dir.filePath(aside.constFirst())), digest);
        ProfileStore::remove(QStringLiteral("faulty"));
        TokenStore::removeBlocking(TokenStore::tokenKey(QStringLiteral("faulty")), &error);
    }

    void newerStoreLetsTheUserOpenAnother()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(writeNewerStore(newer));
        const QByteArray digest = fileDigest(newer);
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QString error;
            auto db = Database::open(StoreLocation::parse(other), &error);
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO shop (id, name, currency, timezone, rates_bp, fetched_at) "
                "VALUES ('s', 'The other shop', 'CNY', 'Asia/Shanghai', '{}', 0)")));
        }
        DialogSeen seen;
        bool fileChosen = false;
        // "Open another store…" asks for the file on a dialog of its own.
        QTimer::singleShot(0, qApp, [&] {
            StoreProblemDialog *dialog = problemDialog();
            if (!dialog)
                return;
            seen.shown = true;
            seen.message =
                dialog->findChild<QLabel *>(QStringLiteral("storeProblemMessage"))->text();
            seen.resyncEnabled =
                dialog->findChild<QPushButton *>(QStringLiteral("resyncFreshStore"))->isEnabled();
            QTimer::singleShot(0, qApp, [&] {
                auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!files)
                    return;
                files->selectFile(other);
                static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Open button
                fileChosen = true;
            });
            dialog->findChild<QPushButton *>(QStringLiteral("openAnotherStore"))->click();
        });
        AppController controller;
        AppController::Options options;
        options.storePath = newer;
        QVERIFY(controller.start(options));
        QVERIFY(seen.shown);
        QVERIFY2(seen.message.contains(QLatin1String("written by a newer version of Yutang")),
                 qPrintable(seen.message));
        QVERIFY(!seen.resyncEnabled); // no site to sync from
        QVERIFY(fileChosen);
        QVERIFY(controller.window());
        QVERIFY(controller.window()->isVisible());
        QCOMPARE(controller.window()->windowTitle(), QStringLiteral("The other shop — Yutang"));
        QCOMPARE(fileDigest(newer), digest);
    }

    void quitLeavesTheStoreAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("quit.sqlite"));
        QVERIFY(writeDamagedStore(path));
        const QByteArray digest = fileDigest(path);
        DialogSeen seen;
        whenDialogShown(&seen, QStringLiteral("quitYutang"));
        AppController controller;
        AppController::Options options;
        options.storePath = path;
        QVERIFY(!controller.start(options));
        QVERIFY(seen.shown);
        QVERIFY(!controller.window());
        QCOMPARE(fileDigest(path), digest);
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("quit.sqlite.*")}, QDir::Files).size(), 0);
    }

    void readOnlyStoreOpensWithItsReason()
    {
#ifndef Q_OS_UNIX
        QSKIP("File modes are a Unix matter.");
#else
        QVERIFY(QFile::setPermissions(m_dir.path(), kAll));
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            QString error;
            auto db = Database::open(StoreLocation::parse(path), &error);
            QVERIFY2(db, qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile));
        const QByteArray digest = fileDigest(path);
        {
            Unprivileged nobody;
            AppController controller;
            AppController::Options options;
            options.storePath = path;
            QVERIFY(controller.start(options));
            QVERIFY(!problemDialog()); // no problem dialog: the store opens, read-only
            QVERIFY(controller.window());
            auto *banner = controller.window()->findChild<QLabel *>(QStringLiteral("errorBanner"));
            QVERIFY(banner);
            QVERIFY(!banner->isHidden());
            QVERIFY2(banner->text().contains(QLatin1String("is read-only")),
                     qPrintable(banner->text()));
        }
        QCOMPARE(fileDigest(path), digest);
#endif
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStoreProblem)
#include "tst_storeproblem.moc"
