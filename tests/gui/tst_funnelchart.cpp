// The Funnels pane's bar charts over a shop synced from yutang-site by the real main window at its
// default size: the bars are the models' counts, the labels above them the models' shares of the
// previous step, a comparison adds a second set of bars, hovering a bar shows the step's figures
// and definition, days without visits show a sentence, and the tables' columns fit the window.
#include "SiteProcess.h"
#include "TempStore.h"
#include "WindowSync.h"
#include "itemmodels/FunnelModel.h"
#include "itemmodels/LifecycleFunnelModel.h"
#include "itemmodels/TrafficSourceTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "panes/funnels/FunnelChart.h"
#include "panes/funnels/FunnelsPane.h"
#include "panes/traffic/PaneExport.h"
#include "panes/traffic/TrafficPane.h"
#include "sync/SyncController.h"
#include "widgets/DateRangeSelector.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLegend>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <memory>
#include <utility>

class TestFunnelChart : public QObject
{
    Q_OBJECT
private:
    template <typename T> T *pane() const
    {
        for (DashboardPane *p : m_window->panes()) {
            if (auto *wanted = qobject_cast<T *>(p))
                return wanted;
        }
        return nullptr;
    }
    QList<FunnelChart *> charts() const
    {
        return {m_funnels->shopChart(), m_funnels->lifecycleChart()};
    }
    // Each chart with the model it draws.
    QList<std::pair<FunnelChart *, StepFunnelModel *>> funnels() const
    {
        return {{m_funnels->shopChart(), m_funnels->model()},
                {m_funnels->lifecycleChart(), m_funnels->lifecycleModel()}};
    }
    void setRange(const DateRange &range) { m_window->dateRangeSelector()->setRange(range); }
    void compareWith(TrafficFilter::Comparison comparison)
    {
        auto *combo = m_funnels->findChild<QComboBox *>(QStringLiteral("funnelComparison"));
        combo->setCurrentIndex(combo->findData(int(comparison)));
    }
    // Where a chart item is, in its view's viewport.
    static QRect inView(FunnelChart *view, const QRectF &chartRect)
    {
        return view->mapFromScene(view->chart()->mapToScene(chartRect)).boundingRect();
    }
    // A rebuilt chart lays itself out when events are processed: its step names under the plot
    // area, inside the chart.
    static bool laidOut(FunnelChart *view)
    {
        const QChart *chart = view->chart();
        for (QGraphicsTextItem *name : view->stepNames()) {
            const QRectF box = name->mapRectToParent(name->boundingRect());
            if (box.top() < chart->plotArea().bottom() || box.bottom() > chart->rect().bottom())
                return false;
        }
        return true;
    }
    // The site's visits run until the day before its --end-date, 20 days of them: the last week
    // of them, and a week earlier has visits too.
    static QDate endDate() { return QDate(2026, 11, 20); }
    static DateRange lastWeek() { return DateRange(endDate().addDays(-7), endDate().addDays(-1)); }

    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    FunnelsPane *m_funnels = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        YUTANG_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(
            m_site.start({QStringLiteral("--end-date"), endDate().toString(Qt::ISODate)}, &error),
            qPrintable(error));
        m_store = std::make_unique<TempStore>();
        ShopTarget target;
        target.profileName = QStringLiteral("funnels");
        target.siteAddress = m_site.address();
        target.token = m_site.token();
        m_window = std::make_unique<MainWindow>(m_store->db(), target);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const SyncResult result = syncWindow(*m_window);
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
        m_funnels = pane<FunnelsPane>();
        QVERIFY(m_funnels);
        m_window->findChild<QTabWidget *>(QStringLiteral("paneTabs"))->setCurrentWidget(m_funnels);
        QVERIFY(m_funnels->showsFunnels());
    }

    void init()
    {
        setRange(lastWeek());
        compareWith(TrafficFilter::Comparison::None);
        for (FunnelChart *view : charts())
            QTRY_VERIFY(laidOut(view));
    }

    void barsAreTheModelsCounts()
    {
        FunnelChart *shop = m_funnels->shopChart();
        QCOMPARE(shop->objectName(), QStringLiteral("shopFunnelChart"));
        QCOMPARE(m_funnels->lifecycleChart()->objectName(), QStringLiteral("lifecycleFunnelChart"));
        // The first step counts every visit: what the Traffic pane counts by source over the same
        // days.
        QVERIFY(m_funnels->model()->countAt(0) > 0);
        QCOMPARE(m_funnels->model()->countAt(0),
                 pane<TrafficPane>()->sourceModel()->totals().sessions);
        for (const auto &[chart, model] : funnels()) {
            QBarSet *bars = chart->bars();
            QVERIFY(bars);
            QVERIFY(!chart->compareBars());
            QCOMPARE(bars->count(), model->stepCount());
            qint64 highest = 0;
            for (int step = 0; step < model->stepCount(); ++step) {
                QCOMPARE(bars->at(step), double(model->countAt(step)));
                highest = qMax(highest, model->countAt(step));
                // The step's name under its bar, and in the one-sentence description.
                QCOMPARE(chart->stepNames().at(step)->toPlainText(), model->stepName(step));
                QVERIFY2(chart->accessibleDescription().contains(QStringLiteral("%1 %2").arg(
                             model->stepName(step), QLocale().toString(model->countAt(step)))),
                         qPrintable(chart->accessibleDescription()));
            }
            // No bar is cut off by the value axis.
            auto *values =
                qobject_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
            QVERIFY(values);
            QVERIFY(values->max() >= double(highest));
            QVERIFY(!chart->accessibleName().isEmpty());
            QVERIFY(chart->emptyMessage().isEmpty());
        }
    }

    void labelsAreTheSharesOfThePreviousStep()
    {
        for (const auto &[view, model] : funnels()) {
            QChart *chart = view->chart();
            const QList<QGraphicsSimpleTextItem *> labels = view->stepLabels();
            QCOMPARE(labels.size(), model->stepCount() - 1);
            QAbstractSeries *series = chart->series().constFirst();
            for (int step = 1; step < model->stepCount(); ++step) {
                QGraphicsSimpleTextItem *label = labels.at(step - 1);
                QCOMPARE(label->text(),
                         model->index(step, StepFunnelModel::ShareOfPrevious).data().toString());
                // Above its own bar, inside the plot area, clear of the next step's label.
                const QRectF box = label->mapRectToParent(label->boundingRect());
                const QPointF top =
                    chart->mapToPosition(QPointF(step, model->countAt(step)), series);
                QVERIFY2(box.bottom() <= top.y() + 0.5, qPrintable(label->text()));
                QVERIFY(box.left() < top.x() && box.right() > top.x());
                QVERIFY(chart->plotArea().contains(box));
                if (step > 1)
                    QVERIFY(!box.intersects(
                        labels.at(step - 2)->mapRectToParent(labels.at(step - 2)->boundingRect())));
            }
            // The step names side by side under the plot area, none over another.
            const QList<QGraphicsTextItem *> names = view->stepNames();
            for (int step = 0; step < names.size(); ++step) {
                const QRectF box = names.at(step)->mapRectToParent(names.at(step)->boundingRect());
                QVERIFY(box.top() >= chart->plotArea().bottom());
                QVERIFY2(box.bottom() <= chart->rect().bottom(), qPrintable(model->stepName(step)));
                if (step > 0)
                    QVERIFY(!box.intersects(
                        names.at(step - 1)->mapRectToParent(names.at(step - 1)->boundingRect())));
            }
        }
    }

    void comparisonIsASecondSet()
    {
        compareWith(TrafficFilter::Comparison::WeekEarlier);
        for (const auto &[view, model] : funnels()) {
            QBarSet *compared = view->compareBars();
            QVERIFY(compared);
            QVERIFY(model->compareCountAt(0) > 0);
            QCOMPARE(compared->label(),
                     TrafficFilter::comparisonName(TrafficFilter::Comparison::WeekEarlier));
            QCOMPARE(compared->count(), model->stepCount());
            for (int step = 0; step < model->stepCount(); ++step) {
                QCOMPARE(compared->at(step), double(model->compareCountAt(step)));
                QCOMPARE(view->bars()->at(step), double(model->countAt(step)));
            }
            auto *series = qobject_cast<QBarSeries *>(view->chart()->series().constFirst());
            QCOMPARE(series->barSets(), (QList<QBarSet *>{view->bars(), compared}));
            QVERIFY(view->chart()->legend()->isVisible());
            QVERIFY(compared->color() != view->bars()->color());
        }
        compareWith(TrafficFilter::Comparison::None);
        for (FunnelChart *view : charts()) {
            QVERIFY(!view->compareBars());
            QCOMPARE(qobject_cast<QBarSeries *>(view->chart()->series().constFirst())->count(), 1);
            QVERIFY(!view->chart()->legend()->isVisible());
        }
    }

    void hoverShowsTheStepsFigures()
    {
        FunnelChart *view = m_funnels->shopChart();
        FunnelModel *model = m_funnels->model();
        const int step = int(FunnelModel::StepKind::AddToCart);
        QChart *chart = view->chart();
        QAbstractSeries *series = chart->series().constFirst();
        // The middle of the bar: half its count, at its category.
        const QPointF middle =
            chart->mapToPosition(QPointF(step, double(model->countAt(step)) / 2), series);
        QTest::mouseMove(view->viewport(), inView(view, QRectF(middle, QSizeF(1, 1))).center());
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QLocale().toString(model->countAt(step))), qPrintable(tip));
        QVERIFY2(tip.contains(model->stepDefinition(step).toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(tip.contains(model->index(step, StepFunnelModel::ShareOfAll).data().toString()),
                 qPrintable(tip));
        QVERIFY2(
            tip.contains(model->index(step, StepFunnelModel::ShareOfPrevious).data().toString()),
            qPrintable(tip));
        QTest::mouseMove(view->viewport(), QPoint(1, 1));
        QTRY_VERIFY(!QToolTip::isVisible());

        // The compared bar tells the compared period's figures.
        compareWith(TrafficFilter::Comparison::WeekEarlier);
        const QString compared = view->toolTipText(step, true);
        QVERIFY(compared.contains(QLocale().toString(model->compareCountAt(step))));
        QVERIFY(compared.contains(
            TrafficFilter::comparisonName(TrafficFilter::Comparison::WeekEarlier)));
        QVERIFY(
            compared.contains(StepFunnelModel::percentText(model->compareShareOfPrevious(step))));
    }

    void daysWithoutVisitsSaySo()
    {
        setRange(DateRange(QDate(2001, 1, 1), QDate(2001, 1, 7)));
        for (FunnelChart *view : charts()) {
            QVERIFY(!view->bars());
            QVERIFY(view->chart()->series().isEmpty());
            QVERIFY(view->chart()->axes().isEmpty());
            QVERIFY2(view->emptyMessage().startsWith(QStringLiteral("No visit")),
                     qPrintable(view->emptyMessage()));
            QVERIFY(view->emptyMessage().endsWith(QStringLiteral("there is no funnel to draw.")));
            QCOMPARE(view->accessibleDescription(), view->emptyMessage());
        }
        // In one channel, the sentence names it.
        auto *channel = m_funnels->findChild<QComboBox *>(QStringLiteral("funnelChannelFilter"));
        channel->setCurrentIndex(1);
        QVERIFY2(m_funnels->shopChart()->emptyMessage().contains(channel->currentText()),
                 qPrintable(m_funnels->shopChart()->emptyMessage()));
        channel->setCurrentIndex(0);
        setRange(lastWeek());
        QVERIFY(m_funnels->shopChart()->bars());
        QVERIFY(m_funnels->shopChart()->emptyMessage().isEmpty());
    }

    // At the main window's default size, with the compared columns shown, every column of both
    // tables is visible without scrolling.
    void tableColumnsFit()
    {
        QCOMPARE(m_window->size(), QSize(1200, 760)); // MainWindow's default
        compareWith(TrafficFilter::Comparison::WeekEarlier);
        auto *tabs = m_funnels->findChild<QTabWidget *>(QStringLiteral("funnelDetailTabs"));
        QVERIFY(tabs);
        for (const char *name : {"funnelsView", "lifecycleView"}) {
            auto *view = m_funnels->findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY(view);
            tabs->setCurrentWidget(view->parentWidget()->parentWidget());
            QVERIFY(view->isVisible());
            QHeaderView *header = view->horizontalHeader();
            const int width = view->viewport()->width();
            for (int c = 0; c < StepFunnelModel::ColumnCount; ++c) {
                QVERIFY2(!view->isColumnHidden(c), name);
                const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
                QVERIFY2(right <= width, qPrintable(QStringLiteral("%1 column %2: %3 > %4")
                                                        .arg(QLatin1String(name))
                                                        .arg(c)
                                                        .arg(right)
                                                        .arg(width)));
            }
            // "Of previous step" is shown whole: as wide as its header needs.
            QVERIFY(header->sectionSize(StepFunnelModel::ShareOfPrevious) >=
                    header->sectionSizeHint(StepFunnelModel::ShareOfPrevious));
        }
        tabs->setCurrentIndex(0);
    }

    void chartsExportAsPng()
    {
        auto *button = m_funnels->findChild<QPushButton *>(QStringLiteral("funnelExportButton"));
        QStringList entries;
        for (QAction *action : button->menu()->actions())
            entries.append(action->text());
        QVERIFY2(entries.contains(QStringLiteral("Shop funnel chart as PNG…")),
                 qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(QStringLiteral("Lifecycle funnel chart as PNG…")));
        QTemporaryDir dir;
        for (FunnelChart *view : charts()) {
            const QString path = dir.filePath(view->objectName() + QStringLiteral(".png"));
            QVERIFY(PaneExport::writeChartPng(view, path));
            QVERIFY(!QImage(path).isNull());
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestFunnelChart)
#include "tst_funnelchart.moc"
