#include "ReferralFixture.h"
#include "TempStore.h"
#include "itemmodels/AuditFindingTableModel.h"
#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/CommissionTotalsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralAnomalyTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Ledger filters and totals over the fixture's seven bookings (all booked 2026-11-24):
// pending cm3 2.00 + cm5 9.99; confirmed cm2 5.00 + cm4 19.99; paid cm1 10.00 + cm6 3.99;
// reversed cm7 5.00.
class TestCommissionLedger : public QObject
{
    Q_OBJECT
private:
    TempStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        QVERIFY2(ReferralFixture::fill(m_store.db(), &error), qPrintable(error));
    }

    void ledgerFilters()
    {
        CommissionTableModel model(m_store.db());
        model.reload();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalRowCount(), 7);
        model.setStatus(QStringLiteral("paid"));
        QCOMPARE(model.totalRowCount(), 2);
        model.setStatus(QStringLiteral("pending"));
        model.setLevel(2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CommissionTableModel::CommissionId).data().toString(),
                 QStringLiteral("cm5"));
        QCOMPARE(
            model.index(0, CommissionTableModel::Amount).data(ItemRoles::ExportRole).toString(),
            QStringLiteral("9.99"));
        model.setStatus(QString());
        model.setLevel(0);
        model.setBeneficiary(QStringLiteral("b"));
        QCOMPARE(model.totalRowCount(), 2);
        model.setDateRange(DateRange(QDate(2026, 11, 23), QDate(2026, 11, 23)));
        QCOMPARE(model.totalRowCount(), 0);
        QCOMPARE(model
                     .headerData(CommissionTableModel::BeneficiaryId, Qt::Horizontal,
                                 ItemRoles::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("beneficiary_id"));
    }

    void totalsPerStatus()
    {
        CommissionTotalsModel totals(m_store.db());
        totals.reload();
        QAbstractItemModelTester tester(&totals,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(totals.amount(CommissionTotalsModel::Pending), 1199);
        QCOMPARE(totals.amount(CommissionTotalsModel::Confirmed), 2499);
        QCOMPARE(totals.amount(CommissionTotalsModel::Paid), 1399);
        QCOMPARE(totals.amount(CommissionTotalsModel::Reversed), 500);
        QCOMPARE(totals.amount(CommissionTotalsModel::All), 5597);
        QCOMPARE(totals.count(CommissionTotalsModel::All), 7);
        QCOMPARE(totals.index(CommissionTotalsModel::Paid, CommissionTotalsModel::Amount)
                     .data()
                     .toString(),
                 QStringLiteral("¥13.99"));
        // b's statement
        totals.setFilter(DateRange(), QStringLiteral("b"), 0);
        QCOMPARE(totals.amount(CommissionTotalsModel::All), 899);
        QCOMPARE(totals.amount(CommissionTotalsModel::Confirmed), 500);
        QCOMPARE(totals.amount(CommissionTotalsModel::Paid), 399);
        totals.setFilter(DateRange(), QString(), 1);
        QCOMPARE(totals.count(CommissionTotalsModel::All), 3);
        QCOMPARE(totals.amount(CommissionTotalsModel::All), 3499);
    }

    void findingsAndAnomalyTables()
    {
        QVERIFY(ReferralFixture::exec(
            m_store.db(), QStringLiteral("UPDATE commissions SET amount = 1999 WHERE id = 'cm5'")));
        AuditFindingTableModel findings;
        QAbstractItemModelTester tester(&findings,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        findings.runAudit(m_store.db());
        QCOMPARE(findings.rowCount(), 1);
        QCOMPARE(
            findings.index(0, AuditFindingTableModel::Kind).data(ItemRoles::ExportRole).toString(),
            QStringLiteral("wrong_amount"));
        QCOMPARE(findings.index(0, AuditFindingTableModel::ExpectedAmount)
                     .data(ItemRoles::ExportRole)
                     .toString(),
                 QStringLiteral("9.99"));
        QCOMPARE(findings.index(0, AuditFindingTableModel::Buyer).data().toString(),
                 QStringLiteral("e"));
        findings.setKindFilter(QStringLiteral("ghost_order"));
        QCOMPARE(findings.rowCount(), 0);
        QVERIFY(ReferralFixture::exec(
            m_store.db(), QStringLiteral("UPDATE commissions SET amount = 999 WHERE id = 'cm5'")));

        ReferralAnomalyTableModel anomalies;
        QAbstractItemModelTester tester2(&anomalies,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        anomalies.runFinder(m_store.db(), 10);
        QCOMPARE(anomalies.rowCount(), 4); // self, dangling, cycle, deep chain
        QCOMPARE(anomalies.errorCount(), 3);
        QCOMPARE(anomalies.index(2, ReferralAnomalyTableModel::Members).data().toString(),
                 QStringLiteral("x, y"));
    }
};

QTEST_GUILESS_MAIN(TestCommissionLedger)
#include "tst_commissionledger.moc"
