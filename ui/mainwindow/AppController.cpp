#include "mainwindow/AppController.h"

#include "demo/DemoSiteLauncher.h"
#include "dialogs/FirstRunDialog.h"
#include "dialogs/StoreProblemDialog.h"
#include "mainwindow/MainWindow.h"
#include "store/Database.h"
#include "store/StoreLocation.h"
#include "store/StoreSetAside.h"
#include "sync/ConnectionProfile.h"
#include "sync/SyncController.h"
#include "sync/TokenStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

AppController::AppController(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_WIN
    // When the session ends, Qt emits aboutToQuit() while handling WM_ENDSESSION, and Windows ends
    // the process right after: no destructor runs. Stop the demo site now rather than leave it to
    // notice its standard input breaking.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
        if (m_demo)
            m_demo->stop();
    });
#endif
}

AppController::~AppController()
{
    closeShop();
}

bool AppController::start(const Options &options)
{
    m_options = options;
    if (options.demo)
        return openDemo();
    QString profile = options.profile;
    if (profile.isEmpty() && !options.connect)
        profile = ProfileStore::current();
    if (!profile.isEmpty() && !options.connect) {
        if (profile == QLatin1String("demo"))
            return openDemo();
        if (ProfileStore::find(profile).isValid())
            return openProfile(profile, {});
        if (!options.profile.isEmpty()) {
            QMessageBox::critical(nullptr, tr("Yutang"), tr("There is no shop profile named “%1”.").arg(profile));
            return false;
        }
    }
    if (!options.storePath.isEmpty() && !options.connect)
        return openStoreOnly();
    return chooseShop(nullptr);
}

bool AppController::chooseShop(QWidget *parent)
{
    FirstRunDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    closeShop();
    m_options.storePath.clear(); // --db applies to the shop opened at start only
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::Demo:
        return openDemo();
    case FirstRunDialog::Choice::Connect:
        return openProfile(dialog.profileName(), dialog.token());
    case FirstRunDialog::Choice::SavedShop:
        return openProfile(dialog.profileName(), {});
    }
    return false;
}

bool AppController::openDemo()
{
    ProfileStore::setCurrent(QStringLiteral("demo"));
    m_demo = std::make_unique<DemoSiteLauncher>();
    QString error;
    ShopTarget target;
    target.profileName = QStringLiteral("demo");
    target.demo = true;
    const bool siteUp = m_demo->startAndWait(30000, &error);
    if (siteUp) {
        target.siteAddress = m_demo->siteAddress();
        target.token = m_demo->token();
    }
    QString storeError;
    const StoreLocation location = m_options.storePath.isEmpty() ? StoreLocation::defaultFor(QStringLiteral("demo"))
                                                                 : StoreLocation::parse(m_options.storePath, &storeError);
    if (!storeError.isEmpty()) {
        QMessageBox::critical(nullptr, tr("Yutang"), storeError);
        return false;
    }
    if (!openWindow(location, target))
        return false;
    if (siteUp) {
        connect(m_demo.get(), &DemoSiteLauncher::failed, m_window.get(), &MainWindow::showError);
        m_window->syncController()->syncNow();
    } else {
        m_window->showError(tr("The demo site could not be started: %1").arg(error));
    }
    return true;
}

bool AppController::openProfile(const QString &name, const QByteArray &knownToken)
{
    const ConnectionProfile profile = ProfileStore::find(name);
    if (!profile.isValid()) {
        QMessageBox::critical(nullptr, tr("Yutang"), tr("There is no shop profile named “%1”.").arg(name));
        return false;
    }
    ProfileStore::setCurrent(name);
    QString storeError;
    StoreLocation location;
    if (!m_options.storePath.isEmpty())
        location = StoreLocation::parse(m_options.storePath, &storeError);
    else if (!profile.storeLocation.isEmpty())
        location = StoreLocation::parse(profile.storeLocation, &storeError);
    else
        location = StoreLocation::defaultFor(name);
    if (!storeError.isEmpty()) {
        QMessageBox::critical(nullptr, tr("Yutang"), storeError);
        return false;
    }
    ShopTarget target;
    target.profileName = name;
    target.kind = profile.kind;
    if (!openWindow(location, target))
        return false;
    MainWindow *window = m_window.get();
    if (!knownToken.isEmpty()) {
        window->setSite(profile.siteAddress, knownToken, profile.kind);
        window->syncController()->syncNow();
        return true;
    }
    // The keychain may ask the user to unlock it: read asynchronously, sync when it answers.
    TokenStore::read(
        TokenStore::tokenKey(name), window,
        [window, address = profile.siteAddress,
         kind = profile.kind](bool ok, const QByteArray &secret, const QString &error) {
            if (!ok) {
                window->showError(tr("The shop's access token or key could not be read from the "
                                     "system keychain: %1\n"
                                     "The data synced before is shown; syncing needs the keychain.")
                                      .arg(error));
                return;
            }
            window->setSite(address, secret, kind);
            window->syncController()->syncNow();
        });
    return true;
}

bool AppController::openStoreOnly()
{
    QString error;
    const StoreLocation location = StoreLocation::parse(m_options.storePath, &error);
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, tr("Yutang"), error);
        return false;
    }
    return openWindow(location, ShopTarget());
}

bool AppController::openWindow(const StoreLocation &location, const ShopTarget &target)
{
    StoreLocation current = location;
    for (;;) {
        StoreFault fault;
        m_db = Database::open(current, &fault);
        if (m_db)
            break;
        // The app still opens: another store, a fresh one synced from the site, or quit.
        const bool siteKnown = target.demo || !target.profileName.isEmpty();
        const bool canResync =
            siteKnown && fault.canBeSetAside() && current.kind == SqlDialect::Kind::Sqlite;
        StoreProblemDialog dialog(
            tr("The local store could not be opened: %1").arg(fault.message()), canResync);
        dialog.exec();
        switch (dialog.choice()) {
        case StoreProblemDialog::Choice::Quit:
            return false;
        case StoreProblemDialog::Choice::OpenAnother:
            current = StoreLocation::parse(dialog.otherStore());
            continue;
        case StoreProblemDialog::Choice::ResyncFresh: {
            QString error;
            const QString why = fault.kind() == StoreFault::Kind::NewerVersion
                                    ? QStringLiteral("newer")
                                    : QStringLiteral("damaged");
            if (StoreSetAside::moveAside(current.sqlitePath, why, &error).isEmpty())
                QMessageBox::critical(nullptr, tr("Yutang"), error);
            continue; // a fresh store at the same place; the caller syncs it
        }
        }
    }
    m_window = std::make_unique<MainWindow>(*m_db, target);
    connect(m_window.get(), &MainWindow::switchShopRequested, this, &AppController::switchShop, Qt::QueuedConnection);
    if (m_db->isReadOnly())
        m_window->showError(m_db->readOnlyReason());
    m_window->show();
    return true;
}

void AppController::switchShop()
{
    // Keep the current shop open until the user has chosen another one.
    FirstRunDialog dialog(m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Between closing this window and showing the next, no window is open: don't quit then.
    const bool quitOnLastWindow = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    closeShop();
    m_options.storePath.clear();
    bool opened = false;
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::Demo:
        opened = openDemo();
        break;
    case FirstRunDialog::Choice::Connect:
        opened = openProfile(dialog.profileName(), dialog.token());
        break;
    case FirstRunDialog::Choice::SavedShop:
        opened = openProfile(dialog.profileName(), {});
        break;
    }
    QApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
    if (!opened)
        QApplication::quit();
}

void AppController::closeShop()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_db.reset();
    m_demo.reset();
}
