// yutang-screenshots: a picture of every pane of the main window on the demo shop, in one
// language, for the README (scripts/screenshots.sh runs it for both). The demo is a still one whose
// history ends at a fixed time on its last day, and the app's clock is pinned there, so the
// pictures come out the same on every run and show that day as a partial one.
#include "core/Clock.h"
#include "demo/DemoSiteLauncher.h"
#include "mainwindow/AppIcon.h"
#include "mainwindow/AppLanguage.h"
#include "mainwindow/MainWindow.h"
#include "panes/referrals/ReferralTreeLoader.h"
#include "store/Database.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "yutang-screenshots: %s\n", qPrintable(message));
    return 1;
}

// Runs the event loop until `signal` of `sender` fires.
template <typename Sender, typename Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Settings, profiles and stores of this run live in a folder of their own, not the user's.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(home.path()).filePath(QString::fromLatin1(variable)).toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yutang"));
    QApplication::setApplicationName(QStringLiteral("yutang"));
    QApplication::setWindowIcon(appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Saves a picture of every pane of Yutang on the demo shop."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Folder for the pictures (<n>-<pane>.png)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                  QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QStringLiteral("The demo's \"now\": its history ends here (default "
                                               "2026-11-20T15:30:00+08:00)."),
                                QStringLiteral("TIME"),
                                QStringLiteral("2026-11-20T15:30:00+08:00"));
    parser.addOptions({out, lang, at});
    parser.process(app);
    if (!parser.isSet(out))
        return fail(QStringLiteral("--out is required"));
    const QString language = parser.value(lang);
    if (AppLanguage::choose(language) != language)
        return fail(QStringLiteral("--lang must be zh_CN or en"));
    const QDateTime now = QDateTime::fromString(parser.value(at), Qt::ISODate);
    if (!now.isValid())
        return fail(QStringLiteral("--at must be an ISO 8601 time with its offset"));
    const QDir dir(parser.value(out));
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("cannot create %1").arg(dir.path()));
    AppLanguage::install(app, language);
    Clock::pinForTesting(now.toMSecsSinceEpoch());

    DemoSiteLauncher site;
    site.setHistoryEnd(now);
    QString error;
    if (!site.startAndWait(30000, &error))
        return fail(error);
    const std::unique_ptr<Database> db = Database::open(
        StoreLocation::parse(QDir(home.path()).filePath(QStringLiteral("demo.sqlite"))), &error);
    if (!db)
        return fail(error);

    ShopTarget target;
    target.profileName = QStringLiteral("demo");
    target.demo = true;
    target.siteAddress = site.siteAddress();
    target.token = site.token();
    MainWindow window(*db, target);
    window.show();
    SyncResult synced;
    QObject::connect(window.syncController(), &SyncController::finished, &window,
                     [&synced](const SyncResult &result) { synced = result; });
    window.syncController()->syncNow();
    waitFor(window.syncController(), &SyncController::finished);
    if (synced.status != SyncResult::Status::Ok)
        return fail(QStringLiteral("the demo sync failed: %1").arg(synced.error));

    // The funnels compared with the period before, so that their charts show both series.
    if (auto *comparison = window.findChild<QComboBox *>(QStringLiteral("funnelComparison")))
        comparison->setCurrentIndex(1);
    // A customer selected, so that the Customers pane shows their orders and details.
    if (auto *customers = window.findChild<QTableView *>(QStringLiteral("customersView")))
        customers->setCurrentIndex(customers->model()->index(0, 0));
    // Cohorts by week, WeChat customers beside search customers: how differently they come back.
    auto choose = [&window](const char *box, const QVariant &data) {
        if (auto *combo = window.findChild<QComboBox *>(QString::fromLatin1(box)))
            combo->setCurrentIndex(combo->findData(data));
    };
    choose("cohortUnit", 7);
    choose("cohortChannel", QStringLiteral("wechat"));
    choose("cohortCompare", QStringLiteral("search"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("paneTabs"));
    if (!tabs)
        return fail(QStringLiteral("the main window has no pane tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (auto *loader : window.findChildren<ReferralTreeLoader *>()) {
            if (loader->isLoading())
                waitFor(loader, &ReferralTreeLoader::loadingChanged);
        }
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QString name = tabs->widget(i)->objectName();
        name.remove(QLatin1String("Pane"));
        const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(i + 1).arg(name));
        if (!window.grab().save(file))
            return fail(QStringLiteral("cannot write %1").arg(file));
        std::printf("%s\n", qPrintable(file));
        // The Customers pane's other tabs (cohorts, referral economy) get pictures of their own.
        auto *inner = tabs->widget(i)->findChild<QTabWidget *>(QStringLiteral("customersTabs"));
        for (int t = 1; inner && t < inner->count(); ++t) {
            inner->setCurrentIndex(t);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            // "referralEconomyTab" -> "referral-economy"
            QString tabName = inner->widget(t)->objectName();
            tabName.remove(QLatin1String("Tab"));
            tabName.replace(QRegularExpression(QStringLiteral("([a-z])([A-Z])")),
                            QStringLiteral("\\1-\\2"));
            const QString tabFile = dir.filePath(
                QStringLiteral("%1-%2-%3.png").arg(i + 1).arg(name, tabName.toLower()));
            if (!window.grab().save(tabFile))
                return fail(QStringLiteral("cannot write %1").arg(tabFile));
            std::printf("%s\n", qPrintable(tabFile));
        }
        if (inner)
            inner->setCurrentIndex(0);
    }
    Clock::pinForTesting(-1);
    site.stop();
    return 0;
}
