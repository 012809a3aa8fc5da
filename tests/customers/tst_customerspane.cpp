// The Customers pane with real widgets over the hand-worked shop (CustomerShop): segments and
// their counts, filters, a customer's orders and visits, invitees, the thresholds dialog, the
// cohort heat maps side by side and the referral economy chart.
#include "CustomerShop.h"
#include "FixedClock.h"
#include "customers/RfmSegment.h"
#include "dialogs/RfmThresholdsDialog.h"
#include "itemmodels/CohortMatrixModel.h"
#include "itemmodels/CustomerTableModel.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/ReferralEconomyModel.h"
#include "itemmodels/SessionTableModel.h"
#include "panes/customers/CohortsTab.h"
#include "panes/customers/CustomerListTab.h"
#include "panes/customers/CustomersPane.h"
#include "panes/customers/ReferralEconomyChart.h"
#include "panes/customers/ReferralEconomyTab.h"
#include "panes/customers/SegmentBar.h"
#include "widgets/TablePanel.h"

#include <QApplication>
#include <QBarSet>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

QStringList names(CustomerTableModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, CustomerTableModel::Name).data().toString();
    return list;
}

} // namespace

class TestCustomersPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CustomerShop> m_shop;
    std::unique_ptr<CustomersPane> m_pane;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FixedClock>(CustomerShop::bj(QDate(2026, 12, 5), 12));
        m_shop = std::make_unique<CustomerShop>();
        QVERIFY2(m_shop->load(), qPrintable(m_shop->error()));
        m_pane = std::make_unique<CustomersPane>(m_shop->db());
        m_pane->resize(1200, 700);
        m_pane->setDateRange(DateRange(QDate(2026, 9, 1), QDate(2026, 9, 30)));
        m_pane->reload();
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_shop.reset();
        m_clock.reset();
    }

    void segmentButtonsCountAndFilter()
    {
        SegmentBar *bar = m_pane->listTab()->segments();
        QToolButton *loyal = bar->button(RfmSegment::Loyal);
        QVERIFY(loyal);
        QVERIFY2(loyal->text().contains(QLatin1String("\n1 ")), qPrintable(loyal->text()));
        QVERIFY(bar->button(RfmSegment::NeedsAttention)->text().contains(QLatin1String("\n2 ")));
        QVERIFY(bar->button(RfmSegment::AtRisk)->text().contains(QLatin1String("\n0 ")));
        QVERIFY(!loyal->toolTip().isEmpty());
        QTest::mouseClick(loyal, Qt::LeftButton);
        QCOMPARE(names(m_pane->listTab()->model()), QStringList{QStringLiteral("A")});
        QTest::mouseClick(loyal, Qt::LeftButton); // again: everyone
        QCOMPARE(names(m_pane->listTab()->model()).size(), 5);
    }

    void filtersNarrowTheList()
    {
        CustomerListTab *tab = m_pane->listTab();
        auto *channel = child<QComboBox>(tab, "customerChannelFilter");
        auto *purchases = child<QComboBox>(tab, "customerPurchaseFilter");
        QVERIFY(channel && purchases);
        channel->setCurrentIndex(channel->findData(QStringLiteral("wechat")));
        QCOMPARE(names(tab->model()), QStringList{QStringLiteral("B")});
        channel->setCurrentIndex(channel->findData(QStringLiteral("-")));
        QCOMPARE(names(tab->model()), QStringList{QStringLiteral("D")});
        channel->setCurrentIndex(0);
        purchases->setCurrentIndex(
            purchases->findData(int(CustomerTableModel::Purchases::NotBought)));
        QCOMPARE(names(tab->model()), QStringList{QStringLiteral("E")});
    }

    void selectingACustomerShowsTheirOrdersVisitsAndInvitees()
    {
        CustomerListTab *tab = m_pane->listTab();
        QTableView *view = tab->table()->view();
        const int rowOfA = names(tab->model()).indexOf(QStringLiteral("A"));
        QVERIFY(rowOfA >= 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowOfA, 0));
        // a's four orders (the refunded one too) and the visits of a's visitor.
        QCOMPARE(tab->ordersModel()->totalRowCount(), 4);
        QCOMPARE(tab->visitsModel()->totalRowCount(), 2);
        QVERIFY(tab->detail()->text().contains(QLatin1String("<b>A</b>")));
        auto *invitees = child<QPushButton>(tab, "customerInviteesButton");
        QVERIFY(invitees && invitees->isEnabled());
        QTest::mouseClick(invitees, Qt::LeftButton);
        QCOMPARE(names(tab->model()), QStringList{QStringLiteral("B")});
        auto *note = child<QLabel>(tab, "customerInviterNote");
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("A")));
        QTest::mouseClick(child<QPushButton>(tab, "customerClearInviter"), Qt::LeftButton);
        QCOMPARE(names(tab->model()).size(), 5);
        QVERIFY(!note->isVisible());
        // Nothing selected: no one's orders.
        QCOMPARE(tab->ordersModel()->totalRowCount(), 0);
    }

    void thresholdsDialogRefusesContradictions()
    {
        RfmThresholdsDialog dialog(RfmThresholds(), QStringLiteral("CNY"));
        auto *recent = child<QSpinBox>(&dialog, "rfmRecentDays");
        auto *lapsed = child<QSpinBox>(&dialog, "rfmLapsedDays");
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(recent && lapsed && ok);
        QVERIFY(ok->isEnabled());
        recent->setValue(120);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "rfmProblem")->text().isEmpty());
        lapsed->setValue(200);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.thresholds().recentDays, 120);
        QCOMPARE(dialog.thresholds().lapsedDays, 200);
        QVERIFY(child<QLabel>(&dialog, "rfmDefinitions")->text().contains(QLatin1String("200")));
    }

    void cohortsSideBySide()
    {
        m_pane->tabs()->setCurrentWidget(m_pane->cohortsTab());
        CohortsTab *tab = m_pane->cohortsTab();
        QVERIFY(tab->view()->isVisible());
        QVERIFY(!tab->comparedView()->isVisible());
        // Two cohorts in the last 12 months (September, November), heat in the cells.
        QCOMPARE(tab->model()->rowCount(), 2);
        QVERIFY(tab->model()
                    ->index(0, CohortMatrixModel::FirstPeriod + 1)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QComboBox *compare = tab->compareBox();
        compare->setCurrentIndex(compare->findData(QStringLiteral("search")));
        QVERIFY(tab->comparedView()->isVisible());
        QCOMPARE(tab->comparedModel()->rowCount(), 1);
        QCOMPARE(tab->comparedModel()->cohortSize(0), 1);
        auto *measure = child<QComboBox>(tab, "cohortMeasure");
        measure->setCurrentIndex(
            measure->findData(int(CohortMatrixModel::Measure::RevenuePerCustomer)));
        QCOMPARE(tab->model()->index(0, CohortMatrixModel::FirstPeriod).data().toString(),
                 QStringLiteral("¥150.00"));
    }

    void referralEconomyChartMatchesTheTable()
    {
        m_pane->tabs()->setCurrentWidget(m_pane->economyTab());
        ReferralEconomyTab *tab = m_pane->economyTab();
        auto *series = tab->chart()->chart()->findChild<QHorizontalStackedBarSeries *>();
        if (!series) {
            const auto all = tab->chart()->chart()->series();
            QVERIFY(!all.isEmpty());
            series = qobject_cast<QHorizontalStackedBarSeries *>(all.constFirst());
        }
        QVERIFY(series);
        const QList<QBarSet *> sets = series->barSets();
        QCOMPARE(sets.size(), 2);
        // Channels from the smallest net revenue up: search (¥170), then WeChat (¥248).
        QCOMPARE(sets.at(0)->count(), 2);
        QCOMPARE(sets.at(0)->at(0), 17000.0);
        QCOMPARE(sets.at(0)->at(1), 24800.0);
        QCOMPARE(sets.at(1)->at(1), 3200.0);
        QVERIFY2(tab->chart()->accessibleDescription().contains(QStringLiteral("¥248.00")),
                 qPrintable(tab->chart()->accessibleDescription()));

        // A range without registrations: the chart says so.
        m_pane->setDateRange(DateRange(QDate(2025, 1, 1), QDate(2025, 1, 31)));
        QCOMPARE(tab->model()->rowCount(), 0);
        QVERIFY(tab->chart()->chart()->series().isEmpty());
        QVERIFY(!tab->chart()->accessibleDescription().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestCustomersPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customerspane.moc"
