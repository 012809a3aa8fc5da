#include "FixtureStore.h"
#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/QuarantineTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCommissionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void commissions()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        CommissionTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 4);
        model.sort(CommissionTableModel::Amount, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CommissionTableModel::Amount).data().toString(), QStringLiteral("¥39.80"));
        QCOMPARE(model.index(0, CommissionTableModel::Beneficiary).data().toString(), QStringLiteral("小林"));
        QCOMPARE(model.index(0, CommissionTableModel::Order).data().toString(), QStringLiteral("YT-0001"));
        QCOMPARE(model.index(0, CommissionTableModel::Status).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(model.index(3, CommissionTableModel::Amount).data(ItemRoles::RawValueRole).toLongLong(), 640);
        model.setBeneficiary(QStringLiteral("c1"));
        QCOMPARE(model.rowCount(), 3);
        model.setBeneficiary(QStringLiteral("c2"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CommissionTableModel::Status).data().toString(), QStringLiteral("Confirmed"));
    }

    void quarantine()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        QuarantineTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the session without an id came a minute later.
        QCOMPARE(model.index(0, QuarantineTableModel::Collection).data().toString(), QStringLiteral("Sessions"));
        QCOMPARE(model.index(0, QuarantineTableModel::Collection).data(ItemRoles::RawValueRole).toString(),
                 QStringLiteral("sessions"));
        QCOMPARE(model.index(0, QuarantineTableModel::RecordId).data().toString(), QString());
        QCOMPARE(model.index(1, QuarantineTableModel::RecordId).data().toString(), QStringLiteral("o_bad"));
        QCOMPARE(model.index(1, QuarantineTableModel::Reason).data().toString(), QStringLiteral("total is not an integer"));
        QCOMPARE(model.index(1, QuarantineTableModel::RawJson).data().toString(),
                 QStringLiteral("{\"id\":\"o_bad\",\"total\":\"abc\"}"));
        model.setFilterText(QStringLiteral("abc"));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommissionModel)
#include "tst_commissionmodel.moc"
