#include "ReferralFixture.h"
#include "TempStore.h"
#include "core/ShopCalendar.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralTreeModel.h"
#include "referrals/ReferralAnomalyFinder.h"
#include "referrals/ReferralGraph.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Kind = ReferralAnomaly::Kind;

namespace {
QList<ReferralAnomaly> ofKind(const QList<ReferralAnomaly> &all, Kind kind)
{
    QList<ReferralAnomaly> some;
    for (const ReferralAnomaly &a : all) {
        if (a.kind == kind)
            some << a;
    }
    return some;
}
} // namespace

class TestReferralAnomalies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKindFound()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        // Under f on 2026-11-25 (shop time): 20:00, 20:10, 20:20, 23:50; then 00:10 on the 26th,
        // which is still the 25th in UTC and must not count.
        const QDate day(2026, 11, 25);
        const QList<qint64> times = {
            ReferralFixture::shopMs(day, 20), ReferralFixture::shopMs(day, 20, 10),
            ReferralFixture::shopMs(day, 20, 20), ReferralFixture::shopMs(day, 23, 50),
            ReferralFixture::shopMs(day.addDays(1), 0, 10)};
        for (int i = 0; i < times.size(); ++i)
            QVERIFY(ReferralFixture::addCustomer(store.db(), QStringLiteral("h%1").arg(i + 1),
                                                 QStringLiteral("f"), times[i]));

        const ReferralGraph graph = ReferralGraph::load(store.db());
        const QList<ReferralAnomaly> found =
            ReferralAnomalyFinder::find(graph, ShopCalendar(), 3, 3);

        const auto self = ofKind(found, Kind::SelfReferral);
        QCOMPARE(self.size(), 1);
        QCOMPARE(self[0].memberIds, QStringList{QStringLiteral("s")});

        const auto cycles = ofKind(found, Kind::Cycle);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles[0].memberIds, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(cycles[0].count, 2);

        const auto dangling = ofKind(found, Kind::DanglingInviter);
        QCOMPARE(dangling.size(), 1);
        QCOMPARE(dangling[0].memberIds, QStringList{QStringLiteral("g")});
        QCOMPARE(dangling[0].inviterId, QStringLiteral("ghost"));

        const auto deep = ofKind(found, Kind::DeepChain);
        QCOMPARE(deep.size(), 1);
        QCOMPARE(deep[0].count, 1); // only e is more than 3 levels below its root
        QCOMPARE(deep[0].memberIds,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")}));
        QVERIFY(!deep[0].isError());

        const auto bursts = ofKind(found, Kind::RegistrationBurst);
        QCOMPARE(bursts.size(), 1);
        QCOMPARE(bursts[0].inviterId, QStringLiteral("f"));
        QCOMPARE(bursts[0].day, day);
        QCOMPARE(bursts[0].count, 4);
        QCOMPARE(found.size(), 5);
        for (const ReferralAnomaly &a : found)
            QVERIFY(!a.describe().isEmpty());

        // At the default threshold the four registrations are no burst.
        QVERIFY(ofKind(ReferralAnomalyFinder::find(graph, ShopCalendar(), 3, 10),
                       Kind::RegistrationBurst)
                    .isEmpty());
    }

    void longCyclesAndSelfLoopsDoNotHangTheTree()
    {
        TempStore store;
        // A 500-long loop plus a self-referral that also invited someone.
        for (int i = 0; i < 500; ++i)
            QVERIFY(ReferralFixture::addCustomer(
                store.db(), QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0')),
                QStringLiteral("k%1").arg((i + 1) % 500, 3, 10, QLatin1Char('0')), i));
        QVERIFY(
            ReferralFixture::addCustomer(store.db(), QStringLiteral("z"), QStringLiteral("z"), 0));
        QVERIFY(
            ReferralFixture::addCustomer(store.db(), QStringLiteral("z2"), QStringLiteral("z"), 0));
        const ReferralGraph graph = ReferralGraph::load(store.db());
        const auto found = ReferralAnomalyFinder::find(graph, ShopCalendar(), 3, 10);
        const auto cycles = ofKind(found, Kind::Cycle);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles[0].count, 500);
        QCOMPARE(cycles[0].memberIds.first(), QStringLiteral("k000"));
        QCOMPARE(ofKind(found, Kind::SelfReferral).size(), 1);

        ReferralTreeModel model(store.db());
        model.reload();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2); // k000 (the cut) and z (self-referral, but it invited z2)
        const QModelIndex deepest = model.reveal(QStringLiteral("k001"));
        QVERIFY(deepest.isValid());
        QCOMPARE(model.uplineIds(QStringLiteral("k001")).size(), 500);
        QCOMPARE(model.index(0, ReferralTreeModel::TeamSize).data(ItemRoles::RawValueRole).toInt(),
                 499);
    }
};

QTEST_GUILESS_MAIN(TestReferralAnomalies)
#include "tst_referralanomalies.moc"
