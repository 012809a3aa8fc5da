#include "FixtureStore.h"
#include "ModelCheck.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OrderItemsModel.h"
#include "itemmodels/OrderTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestOrderModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void ordersInRange()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        OrderTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 5);
        // Newest first; o3 was created 00:40 on the 22nd, shop time.
        QCOMPARE(model.index(0, OrderTableModel::Number).data().toString(), QStringLiteral("YT-0003"));
        QCOMPARE(model.index(0, OrderTableModel::Created).data().toString(), QStringLiteral("2026-11-22 00:40"));
        QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(), QStringLiteral("Shipped"));
        QCOMPARE(model.index(0, OrderTableModel::Shipping).data().toString(), QStringLiteral("SF SF1234567890"));
        QCOMPARE(model.index(0, OrderTableModel::Customer).data().toString(), QStringLiteral("小赵"));
        QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(), QStringLiteral("¥199.00"));

        model.setDateRange(DateRange(QDate(2026, 11, 21), QDate(2026, 11, 21)));
        QCOMPARE(model.rowCount(), 2); // o2 and o4; o3 belongs to the 22nd in the shop's zone
        model.setDateRange(DateRange(FixtureStore::lastDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 1);
    }

    void sortByRawTotal()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        OrderTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        model.sort(OrderTableModel::Total, Qt::AscendingOrder);
        QStringList numbers;
        for (int r = 0; r < model.rowCount(); ++r)
            numbers << model.index(r, OrderTableModel::Number).data().toString();
        QCOMPARE(numbers, (QStringList{QStringLiteral("YT-0002"), QStringLiteral("YT-0005"), QStringLiteral("YT-0003"),
                                       QStringLiteral("YT-0004"), QStringLiteral("YT-0001")}));
        model.sort(OrderTableModel::Total, Qt::DescendingOrder);
        QCOMPARE(model.index(0, OrderTableModel::Total).data(ItemRoles::RawValueRole).toLongLong(), 39800);
    }

    void filterAndBatches()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        OrderTableModel model(store.db());
        // checked with ModelCheck::run() below (see ModelCheck.h)
        model.setBatchSize(2);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        model.setFilterText(QStringLiteral("小林"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(), QStringLiteral("Pending payment"));
        ModelCheck::run(&model);
    }

    void itemsOfOneOrder()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        OrderItemsModel items(store.db());
        QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        items.setOrderId(QStringLiteral("o1"));
        QCOMPARE(items.rowCount(), 1);
        QCOMPARE(items.index(0, OrderItemsModel::Title).data().toString(), QStringLiteral("明前龙井 250g"));
        QCOMPARE(items.index(0, OrderItemsModel::Quantity).data().toString(), QStringLiteral("2"));
        QCOMPARE(items.index(0, OrderItemsModel::Amount).data().toString(), QStringLiteral("¥398.00"));
        items.setOrderId(QStringLiteral("nope"));
        QCOMPARE(items.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderModel)
#include "tst_ordermodel.moc"
