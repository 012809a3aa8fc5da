// Help → About Yutang, opened from the real main window's menu action: the version, the Qt
// versions, the licence text and the third-party notices are shown; About Qt is in the menu too.
#include "FixtureStore.h"
#include "dialogs/AboutDialog.h"
#include "mainwindow/AppIcon.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void helpMenuOpensAbout()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        MainWindow window(store.db(), ShopTarget());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        auto *aboutQt = window.findChild<QAction *>(QStringLiteral("actionAboutQt"));
        QVERIFY(aboutQt);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
        // Both sit in the Help menu (macOS moves them to the application menu by their roles).
        QMenu *help = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(about))
                help = menu->menu();
        QVERIFY(help);
        QCOMPARE(help->title(), QStringLiteral("&Help"));
        QVERIFY(help->actions().contains(aboutQt));

        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->isModal()); // window-modal, opened without a nested event loop

        const QString version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
        QVERIFY2(version.contains(QStringLiteral("9.8.7")), qPrintable(version));
        const QString qt = dialog->findChild<QLabel *>(QStringLiteral("aboutQtVersion"))->text();
        QVERIFY2(qt.contains(QString::fromLatin1(qVersion())), qPrintable(qt));
        QVERIFY2(qt.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(qt));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("aboutIcon"))->pixmap().isNull());
        const QString licenceSummary =
            dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))->text();
        QVERIFY2(licenceSummary.contains(QStringLiteral("GPL-3.0-or-later")),
                 qPrintable(licenceSummary));

        const QString licence =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("licenceView"))->toPlainText();
        QVERIFY(licence.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(licence.contains(QStringLiteral("Version 3, 29 June 2007")));
        auto *licenceView = dialog->findChild<QPlainTextEdit *>(QStringLiteral("licenceView"));
        QVERIFY(licenceView->isReadOnly());
        const QString notices =
            dialog->findChild<QTextBrowser *>(QStringLiteral("noticesView"))->toPlainText();
        QVERIFY2(notices.contains(QStringLiteral("QtKeychain")), qPrintable(notices.left(200)));
        QVERIFY(notices.contains(QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("aboutQtButton")));

        dialog->reject(); // deletes itself on close
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
    }

    void iconHasEverySize()
    {
        const QIcon icon = appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(QSize(32, 32)).size(), QSize(32, 32));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YutangTest"));
    QApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
    QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    TestAboutDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_aboutdialog.moc"
