// Smoke test of the real main window over a fixture store: every pane shows rows, the date range
// drives them all, empty states and errors show. Widgets are found by object name.
#include "FixedClock.h"
#include "FixtureStore.h"
#include "mainwindow/MainWindow.h"
#include "sync/SyncController.h"
#include "widgets/DateRangeSelector.h"

#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFontInfo>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <cmath>

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    // A widget the test needs; a missing one ends the test with its name (QtTest in Qt 6.4 cannot
    // fail from a function that returns a value, and going on would dereference null).
    template<typename T>
    T *find(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s named %s under %s", T::staticMetaObject.className(), name,
                   qPrintable(root->objectName()));
        return w;
    }
    template <typename T> T *series(QChart *chart, const char *name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->objectName() == QLatin1String(name))
                return qobject_cast<T *>(s);
        }
        return nullptr;
    }
    QBarSet *barSet(QChart *chart, const char *name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    if (set->objectName() == QLatin1String(name))
                        return set;
                }
            }
        }
        return nullptr;
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
        QCOMPARE(tabs->count(), 7);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Overview"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("Customers"));
        QCOMPARE(tabs->tabText(6), QStringLiteral("Referrals"));
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

        // The Overview's axes: round ticks from 0, labelled in the locale (money in yuan).
        auto *chart = find<QChartView>(&window, "overviewChart");
        QVERIFY(chart);
        const auto axis = [chart](const char *name) {
            for (QAbstractAxis *a : chart->chart()->axes(Qt::Vertical)) {
                if (a->objectName() == QLatin1String(name))
                    return qobject_cast<QCategoryAxis *>(a);
            }
            return static_cast<QCategoryAxis *>(nullptr);
        };
        for (const char *name : {"overviewRevenueAxis", "overviewSessionAxis"}) {
            QCategoryAxis *values = axis(name);
            QVERIFY2(values, name);
            const QStringList labels = values->categoriesLabels();
            QVERIFY2(labels.size() >= 2, name);
            QCOMPARE(values->min(), 0.0);
            QCOMPARE(values->endValue(labels.constFirst()), 0.0);
            QCOMPARE(values->endValue(labels.constLast()), values->max());
            // Evenly spaced at 1, 2 or 5 × 10ⁿ.
            const double step = values->endValue(labels.at(1));
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) ||
                         qFuzzyCompare(mantissa, 5.0),
                     qPrintable(labels.join(u' ')));
            for (qsizetype i = 1; i < labels.size(); ++i)
                QCOMPARE(values->endValue(labels.at(i)) - values->endValue(labels.at(i - 1)), step);
        }
        // The fixture's best day took ¥398.00 (YT-0001, 39800 fen): ¥0 … ¥400 in steps of ¥100.
        QCOMPARE(axis("overviewRevenueAxis")->categoriesLabels(),
                 (QStringList{QStringLiteral("¥0"), QStringLiteral("¥100"), QStringLiteral("¥200"),
                              QStringLiteral("¥300"), QStringLiteral("¥400")}));

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

    // At 14:05 on the fixture's last day (shop time) that day is today so far: the Overview draws
    // its revenue as a separate hatched bar and its sessions as a dashed segment, the Funnels'
    // conversion line ends in a dashed segment, and the day comparison says "so far".
    void todayIsDrawnAsPartial()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        const FixedClock clock(FixtureStore::shopMs(FixtureStore::lastDay(), 14, 5));
        MainWindow window(store.db(), ShopTarget());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        find<DateRangeSelector>(&window, "dateRangeSelector")
            ->setRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));

        QChart *overview = find<QChartView>(&window, "overviewChart")->chart();
        const QString soFar = QStringLiteral("Today so far (until 14:05)");
        QBarSet *revenue = barSet(overview, "overviewRevenue");
        QBarSet *revenueSoFar = barSet(overview, "overviewRevenueSoFar");
        QVERIFY(revenue && revenueSoFar);
        QCOMPARE(revenue->count(), 30);
        QCOMPARE(revenueSoFar->label(), soFar);
        QCOMPARE(revenue->at(29), 0.0); // the last whole-day bar is the 21st's
        QCOMPARE(revenue->at(28), 12800.0);
        QCOMPARE(revenueSoFar->at(29), 19900.0); // o3, today
        QCOMPARE(revenueSoFar->at(28), 0.0);
        QCOMPARE(revenueSoFar->brush().style(), Qt::BDiagPattern);
        QCOMPARE(revenue->brush().style(), Qt::SolidPattern);

        auto *sessions = series<QLineSeries>(overview, "overviewSessions");
        auto *sessionsSoFar = series<QLineSeries>(overview, "overviewSessionsSoFar");
        QVERIFY(sessions && sessionsSoFar);
        QCOMPARE(sessions->count(), 29); // whole days only
        QCOMPARE(sessions->pen().style(), Qt::SolidLine);
        QCOMPARE(sessionsSoFar->pen().style(), Qt::DashLine);
        QCOMPARE(sessionsSoFar->points(), (QList<QPointF>{{28, 3}, {29, 1}}));
        // One legend entry says "so far": the hatched bar's.
        int soFarEntries = 0;
        for (QLegendMarker *marker : overview->legend()->markers())
            soFarEntries += marker->isVisible() && marker->label() == soFar;
        QCOMPARE(soFarEntries, 1);

        // The day comparison: today so far against the 15th until 14:05 (nothing).
        QCOMPARE(find<QLabel>(&window, "dayComparisonRow_0")->text(),
                 QStringLiteral("<b>%1</b>").arg(soFar));
        QCOMPARE(find<QLabel>(&window, "dayComparison_0_0")->text(), QStringLiteral("1"));
        QVERIFY(find<QLabel>(&window, "dayComparison_0_1")
                    ->toolTip()
                    .contains(QStringLiteral("until 14:05")));
        QCOMPARE(find<QLabel>(&window, "dayComparisonRow_1")->text(),
                 QStringLiteral("<b>Yesterday</b>"));

        // The Traffic pane's stacks: today's short axis label, and until when in the title.
        QChart *traffic = find<QChartView>(&window, "trafficDailyChart")->chart();
        QVERIFY(traffic->title().endsWith(soFar));
        QBarCategoryAxis *trafficDays = nullptr;
        for (QAbstractAxis *a : traffic->axes(Qt::Horizontal))
            trafficDays = trafficDays ? trafficDays : qobject_cast<QBarCategoryAxis *>(a);
        QVERIFY(trafficDays);
        QCOMPARE(trafficDays->categories().constLast(), QStringLiteral("Today"));

        // The Funnels' conversion per day: the 20th and 21st whole, the 22nd (s6 purchased) dashed.
        QChart *conversion = find<QChartView>(&window, "funnelConversionChart")->chart();
        auto *line = series<QLineSeries>(conversion, "funnelConversionLine");
        auto *lineSoFar = series<QLineSeries>(conversion, "funnelConversionSoFar");
        QVERIFY(line && lineSoFar);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->pen().style(), Qt::SolidLine);
        QCOMPARE(lineSoFar->count(), 2);
        QCOMPARE(lineSoFar->pen().style(), Qt::DashLine);
        QCOMPARE(lineSoFar->at(1).y(), 100.0);
        QCOMPARE(lineSoFar->name(), soFar);
        QVERIFY(conversion->legend()->isVisible());
        // Compared with whole days, the funnels say that the chosen days end with a partial one.
        auto *partialNote = find<QLabel>(&window, "funnelsPartialNote");
        QVERIFY(partialNote->text().isEmpty());
        auto *comparison = find<QComboBox>(&window, "funnelComparison");
        comparison->setCurrentIndex(1);
        QVERIFY2(partialNote->text().contains(QStringLiteral("14:05")),
                 qPrintable(partialNote->text()));
        comparison->setCurrentIndex(0);
        QVERIFY(partialNote->text().isEmpty());

        // The days table: today's row reads "until 14:05".
        auto *days = find<QTableView>(&window, "overviewDaysView");
        QCOMPARE(days->model()->index(2, 0).data().toString(),
                 QStringLiteral("2026-11-22 (until 14:05)"));
    }

    // The morning after the fixture's last day: today has no sessions yet. The conversion line
    // stops at the last whole day, the axis still runs to today and the legend says why.
    void todayWithoutSessionsYet()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        const QDate today = FixtureStore::lastDay().addDays(1);
        const FixedClock clock(FixtureStore::shopMs(today, 10));
        MainWindow window(store.db(), ShopTarget());
        window.show();
        find<DateRangeSelector>(&window, "dateRangeSelector")
            ->setRange(DateRange(FixtureStore::firstDay(), today));
        QChart *conversion = find<QChartView>(&window, "funnelConversionChart")->chart();
        auto *lineSoFar = series<QLineSeries>(conversion, "funnelConversionSoFar");
        QVERIFY(lineSoFar);
        QCOMPARE(lineSoFar->count(), 0);
        QCOMPARE(lineSoFar->name(), QStringLiteral("Today so far (until 10:00): no sessions yet"));
        QCOMPARE(series<QLineSeries>(conversion, "funnelConversionLine")->count(), 3);
        auto *days = qobject_cast<QDateTimeAxis *>(conversion->axes(Qt::Horizontal).value(0));
        QVERIFY(days);
        QCOMPARE(days->max().toUTC().date(), today);
        // No sessions: no conversion to set against the same hours a week earlier.
        QCOMPARE(find<QLabel>(&window, "dayComparison_0_7")->text(), QStringLiteral("—"));
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
