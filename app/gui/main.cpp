// yutang: the desktop dashboard. This file only wires: options, translations, the app controller.
#include "mainwindow/AppController.h"
#include "mainwindow/AppIcon.h"
#include "mainwindow/AppLanguage.h"
#include "mainwindow/QuitOnSignal.h"

#include <QApplication>
#include <QCommandLineParser>

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

    AppLanguage::install(app, AppLanguage::choose(parser.value(lang)));

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
