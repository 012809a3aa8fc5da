// Smoke test of the real main window over a fixture store: every pane shows rows, the date range
// drives them all, empty states and errors show. Widgets are found by object name.
#include "FixtureStore.h"
#include "mainwindow/MainWindow.h"
#include "sync/SyncController.h"
#include "widgets/DateRangeSelector.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    template<typename T>
    T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    int rows(QWidget *root, const char *viewName)
    {
        auto *view = find<QAbstractItemView>(root, viewName);
        return view && view->model() ? view->model()->rowCount() : -1;
    }


private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        // Settings start empty: TestEnvironment keeps them in a temporary folder.
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void panesShowTheStore()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        MainWindow window(store.db(), ShopTarget());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *selector = find<DateRangeSelector>(&window, "dateRangeSelector");
        QVERIFY(selector);
        selector->setRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));

        auto *tabs = find<QTabWidget>(&window, "paneTabs");
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 6);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Referrals"));
        QCOMPARE(window.windowTitle(), QStringLiteral("山野茶舍 — Yutang"));

        QCOMPARE(find<QLabel>(&window, "figureRevenueValue")->text(), QStringLiteral("¥725.00"));
        QCOMPARE(find<QLabel>(&window, "figureSessionsValue")->text(), QStringLiteral("6"));
        QCOMPARE(find<QLabel>(&window, "figureConversionValue")->text(), QStringLiteral("50.00%"));
        QCOMPARE(rows(&window, "overviewDaysView"), 3);
        QCOMPARE(rows(&window, "trafficView"), 6);
        QCOMPARE(rows(&window, "funnelsView"), 5);
        QCOMPARE(rows(&window, "productsView"), 3);
        QCOMPARE(rows(&window, "ordersView"), 5);
        QCOMPARE(rows(&window, "referralsView"), 3);
        QCOMPARE(rows(&window, "commissionsView"), 4);

        // Selecting an order shows its lines.
        tabs->setCurrentWidget(find<QWidget>(&window, "ordersPane"));
        auto *orders = find<QTableView>(&window, "ordersView");
        orders->setCurrentIndex(orders->model()->index(4, 0)); // oldest first at the bottom: YT-0001
        QCOMPARE(rows(&window, "orderItemsView"), 1);

        // Status bar: last sync in shop time and the quarantined records.
        QCOMPARE(find<QLabel>(&window, "lastSync")->text(), QStringLiteral("Last sync: 2026-11-22 12:05"));
        auto *problems = find<QToolButton>(&window, "problemsButton");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1Char('2')), qPrintable(problems->text()));
        QVERIFY(!find<QAction>(&window, "actionSyncNow")->isEnabled()); // no site: offline

        // The raw JSON of a problem shows in the platform's fixed-pitch font.
        problems->click();
        auto *raw = find<QPlainTextEdit>(&window, "problemsRawJson");
        QVERIFY(raw);
        QVERIFY2(QFontInfo(raw->font()).fixedPitch(), qPrintable(QFontInfo(raw->font()).family()));
    }

    void dateRangeDrivesEveryPane()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        MainWindow window(store.db(), ShopTarget());
        window.show();
        auto *selector = find<DateRangeSelector>(&window, "dateRangeSelector");
        selector->setRange(DateRange(FixtureStore::lastDay(), FixtureStore::lastDay()));
        QCOMPARE(rows(&window, "trafficView"), 1);
        QCOMPARE(rows(&window, "ordersView"), 1);
        QCOMPARE(rows(&window, "overviewDaysView"), 1);
        QCOMPARE(find<QLabel>(&window, "figureRevenueValue")->text(), QStringLiteral("¥199.00"));
        QCOMPARE(rows(&window, "commissionsView"), 1);

        // A range with no data: the tables give way to their empty states.
        selector->setRange(DateRange(QDate(2026, 10, 1), QDate(2026, 10, 7)));
        QCOMPARE(rows(&window, "ordersView"), 0);
        window.findChild<QTabWidget *>(QStringLiteral("paneTabs"))->setCurrentWidget(find<QWidget>(&window, "ordersPane"));
        auto *empty = find<QLabel>(&window, "ordersEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No orders")));
    }

    void searchFiltersInSql()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        MainWindow window(store.db(), ShopTarget());
        window.show();
        find<DateRangeSelector>(&window, "dateRangeSelector")
            ->setRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        auto *search = find<QLineEdit>(&window, "ordersSearch");
        QVERIFY(search);
        search->setText(QStringLiteral("YT-0003"));
        QTRY_COMPARE(rows(&window, "ordersView"), 1);
    }

    void rangeIsRemembered()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        {
            MainWindow window(store.db(), ShopTarget());
            window.show();
            find<DateRangeSelector>(&window, "dateRangeSelector")
                ->setRange(DateRange(QDate(2026, 11, 21), QDate(2026, 11, 22)));
            window.close();
        }
        MainWindow again(store.db(), ShopTarget());
        QCOMPARE(find<DateRangeSelector>(&again, "dateRangeSelector")->range().from(), QDate(2026, 11, 21));
        QCOMPARE(rows(&again, "ordersView"), 3);
    }

    void syncErrorIsShown()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        MainWindow window(store.db(), ShopTarget());
        window.show();
        window.setSite(QStringLiteral("ftp://example.com"), QByteArrayLiteral("token"));
        window.syncController()->syncNow();
        auto *banner = find<QLabel>(&window, "errorBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Sync failed")), qPrintable(banner->text()));
        QVERIFY(find<QLabel>(&window, "syncStatus")->text().startsWith(QStringLiteral("Sync failed")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YutangTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
