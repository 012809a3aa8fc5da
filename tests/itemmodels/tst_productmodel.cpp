#include "FixtureStore.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ProductTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestProductModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void salesInRange()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        ProductTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 3);
        // Default order: revenue, highest first. p1 sold 2 (o1) + 1 (o3); refunded o5 and pending o4 don't count.
        QCOMPARE(model.index(0, ProductTableModel::Title).data().toString(), QStringLiteral("明前龙井 250g"));
        QCOMPARE(model.index(0, ProductTableModel::UnitsSold).data(ItemRoles::RawValueRole).toLongLong(), 3);
        QCOMPARE(model.index(0, ProductTableModel::Revenue).data().toString(), QStringLiteral("¥597.00"));
        QCOMPARE(model.index(0, ProductTableModel::Revenue).data(ItemRoles::RawValueRole).toLongLong(), 59700);
        QCOMPARE(model.index(0, ProductTableModel::Price).data().toString(), QStringLiteral("¥199.00"));
        QCOMPARE(model.index(1, ProductTableModel::Revenue).data().toString(), QStringLiteral("¥128.00"));
        QCOMPARE(model.index(2, ProductTableModel::UnitsSold).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(2, ProductTableModel::Status).data().toString(), QStringLiteral("Archived"));
        QCOMPARE(model.index(0, ProductTableModel::Title).data(ItemRoles::RecordIdRole).toString(), QStringLiteral("p1"));
        QCOMPARE(model.headerData(ProductTableModel::Revenue, Qt::Horizontal).toString(), QStringLiteral("Revenue"));
    }

    void rangeExcludesOtherDays()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        ProductTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only the 22nd (shop time): o3 sold one p1 at 00:40, which is still the 21st in UTC.
        model.setDateRange(DateRange(FixtureStore::lastDay(), FixtureStore::lastDay()));
        QCOMPARE(model.index(0, ProductTableModel::Title).data(ItemRoles::RecordIdRole).toString(), QStringLiteral("p1"));
        QCOMPARE(model.index(0, ProductTableModel::UnitsSold).data(ItemRoles::RawValueRole).toLongLong(), 1);
    }

    void sortAndFilterInSql()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        ProductTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        model.sort(ProductTableModel::Price, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ProductTableModel::Price).data(ItemRoles::RawValueRole).toLongLong(), 12800);
        QCOMPARE(model.index(2, ProductTableModel::Price).data(ItemRoles::RawValueRole).toLongLong(), 36800);
        model.setFilterText(QStringLiteral("红茶"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProductTableModel::Sku).data().toString(), QStringLiteral("XZ-100"));
        model.setFilterText(QStringLiteral("100%"));
        QCOMPARE(model.rowCount(), 0); // '%' is matched literally, not as a wildcard
        model.setFilterText(QString());
        QCOMPARE(model.totalRowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestProductModel)
#include "tst_productmodel.moc"
