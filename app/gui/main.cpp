// yutang: the desktop dashboard. This file only wires: options, translations, the app controller.
#include "mainwindow/AppController.h"
#include "mainwindow/AppIcon.h"
#include "mainwindow/QuitOnSignal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// zh_CN or en; anything else falls back to the system language (Chinese for zh*, else English).
QString chooseLanguage(const QString &requested)
{
    if (requested == QLatin1String("zh_CN") || requested == QLatin1String("en"))
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void installTranslators(QApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/yutang_%1.qm").arg(language)))
        QApplication::installTranslator(own);
    // Qt's own strings: qtbase_<lang> from the system Qt (Linux) or the bundle (macOS); windeployqt
    // merges the catalogs into qt_<lang> instead (Windows).
    auto *qt = new QTranslator(&app);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtTranslations) ||
        qt->load(QStringLiteral("qt_%1").arg(language), qtTranslations))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yutang"));
    QApplication::setApplicationName(QStringLiteral("yutang"));
    QApplication::setApplicationVersion(QStringLiteral(YUTANG_VERSION));
    QApplication::setWindowIcon(appIcon());
    // Wayland compositors find the icon and name through the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.yutang.Yutang"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Yutang — dashboard for your own web shop"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo shop (starts yutang-site)."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Use this store (SQLite path or postgresql:// URL)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Open the shop profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("Show the connect dialog."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en (default: system)."),
                                  QStringLiteral("LANG"));
    parser.addOptions({demo, db, profile, connect, lang});
    parser.process(app);

    installTranslators(app, chooseLanguage(parser.value(lang)));

    AppController::Options options;
    options.demo = parser.isSet(demo);
    options.connect = parser.isSet(connect);
    options.profile = parser.value(profile);
    options.storePath = parser.value(db);
    // Declared before the controller so that it outlives the controller's teardown.
    QuitOnSignal quitOnSignal;
    AppController controller;
    const bool started = controller.start(options);
    // A signal during start-up ends it early; the event loop would not see it.
    if (quitOnSignal.quitRequested())
        return 0;
    if (!started)
        return 1;
    return QApplication::exec();
}
