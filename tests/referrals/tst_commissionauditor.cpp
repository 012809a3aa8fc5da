#include "ReferralFixture.h"
#include "TempStore.h"
#include "referrals/CommissionAuditor.h"
#include "referrals/CommissionRates.h"
#include "referrals/ReferralGraph.h"

#include <QTest>

using Kind = AuditFinding::Kind;
Q_DECLARE_METATYPE(AuditFinding::Kind)

// Each finding kind from one deliberate mistake in the otherwise correct fixture bookings.
class TestCommissionAuditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundingIsFloor()
    {
        QCOMPARE(CommissionRates::amountFor(19999, 1000), 1999);
        QCOMPARE(CommissionRates::amountFor(19999, 500), 999);
        QCOMPARE(CommissionRates::amountFor(19999, 200), 399);
        QCOMPARE(CommissionRates::amountFor(49, 200), 0);
    }

    void cleanBookingsHaveNoFindings()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        const ReferralGraph graph = ReferralGraph::load(store.db());
        const QList<AuditFinding> findings = CommissionAuditor::run(store.db(), graph, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const AuditFinding &f : findings)
            qWarning() << f.describe();
        QVERIFY(findings.isEmpty());
    }

    void eachMistake_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("commission");
        QTest::addColumn<QString>("booked");   // beneficiary the site credited
        QTest::addColumn<QString>("expected"); // beneficiary the rules credit
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("bookedAmount");
        QTest::addColumn<qint64>("expectedAmount");

        QTest::newRow("missing") << "DELETE FROM commissions WHERE id = 'cm2'"
                                 << Kind::MissingBooking << "o1"
                                 << ""
                                 << ""
                                 << "b" << 2 << qint64(0) << qint64(500);
        QTest::newRow("wrong amount (level-1 rate at level 2)")
            << "UPDATE commissions SET amount = 1999 WHERE id = 'cm5'" << Kind::WrongAmount << "o2"
            << "cm5"
            << "c"
            << "c" << 2 << qint64(1999) << qint64(999);
        QTest::newRow("wrong beneficiary")
            << "UPDATE commissions SET beneficiary_id = 'f' WHERE id = 'cm4'"
            << Kind::WrongBeneficiary << "o2"
            << "cm4"
            << "f"
            << "d" << 1 << qint64(1999) << qint64(1999);
        QTest::newRow("level 4")
            << "INSERT INTO commissions VALUES ('cm8', 'o2', 'a', 4, 399, 'paid', 0, 0, 0)"
            << Kind::LevelBeyondPaid << "o2"
            << "cm8"
            << "a"
            << "" << 4 << qint64(399) << qint64(0);
        QTest::newRow("not reversed")
            << "UPDATE commissions SET status = 'confirmed' WHERE id = 'cm7'" << Kind::NotReversed
            << "o3"
            << "cm7"
            << "a"
            << "a" << 1 << qint64(500) << qint64(500);
        QTest::newRow("ghost order")
            << "INSERT INTO commissions VALUES ('cm9', 'o99', 'c', 1, 1990, 'confirmed', 0, 0, 0)"
            << Kind::GhostOrder << "o99"
            << "cm9"
            << "c"
            << "" << 1 << qint64(1990) << qint64(0);
        QTest::newRow("pending order booked")
            << "INSERT INTO commissions VALUES ('cm10', 'o4', 'b', 1, 300, 'pending', 0, 0, 0)"
            << Kind::UnexpectedBooking << "o4"
            << "cm10"
            << "b"
            << "" << 1 << qint64(300) << qint64(0);
        QTest::newRow("no inviter at that level")
            << "INSERT INTO commissions VALUES ('cm12', 'o3', 'f', 2, 250, 'paid', 0, 0, 0)"
            << Kind::UnexpectedBooking << "o3"
            << "cm12"
            << "f"
            << "" << 2 << qint64(250) << qint64(0);
        QTest::newRow("reversed without refund")
            << "UPDATE commissions SET status = 'reversed' WHERE id = 'cm1'"
            << Kind::ReversedWithoutRefund << "o1"
            << "cm1"
            << "c"
            << "c" << 1 << qint64(1000) << qint64(1000);
        QTest::newRow("duplicate")
            << "INSERT INTO commissions VALUES ('cm13', 'o1', 'c', 1, 1000, 'pending', 0, 0, 0)"
            << Kind::DuplicateBooking << "o1"
            << "cm13"
            << "c"
            << "" << 1 << qint64(1000) << qint64(0);
    }

    void eachMistake()
    {
        QFETCH(QString, sql);
        QFETCH(Kind, kind);
        QFETCH(QString, order);
        QFETCH(QString, commission);
        QFETCH(QString, booked);
        QFETCH(QString, expected);
        QFETCH(int, level);
        QFETCH(qint64, bookedAmount);
        QFETCH(qint64, expectedAmount);
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        for (const QString &statement : sql.split(QStringLiteral("; ")))
            QVERIFY2(ReferralFixture::exec(store.db(), statement, {}, &error), qPrintable(error));
        const QList<AuditFinding> findings =
            CommissionAuditor::run(store.db(), ReferralGraph::load(store.db()));
        QCOMPARE(findings.size(), 1);
        const AuditFinding &f = findings.first();
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.orderId, order);
        QCOMPARE(f.commissionId, commission);
        QCOMPARE(f.beneficiaryId, booked);
        QCOMPARE(f.expectedBeneficiaryId, expected);
        QCOMPARE(f.level, level);
        QCOMPARE(f.bookedAmount, bookedAmount);
        QCOMPARE(f.expectedAmount, expectedAmount);
        QVERIFY(!f.describe().isEmpty());
        QVERIFY(!AuditFinding::key(kind).isEmpty());
    }

    void chainFollowsRawLinksAndStopsAtLoops()
    {
        // A buyer inside a cycle: the chain stops where it would meet itself again.
        const ReferralGraph g =
            ReferralGraph::build({QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r")},
                                 {QString(), QString(), QString()}, {0, 1, 2},
                                 {QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("p")});
        const std::vector<int> chain = g.rawChain(g.indexOf(QStringLiteral("p")), 3);
        QCOMPARE(chain.size(), size_t(2));
        QCOMPARE(g.id(chain[0]), QStringLiteral("q"));
        QCOMPARE(g.id(chain[1]), QStringLiteral("r"));
    }
};

QTEST_GUILESS_MAIN(TestCommissionAuditor)
#include "tst_commissionauditor.moc"
