#include "SiteProcess.h"
#include "TempStore.h"
#include "core/ShopCalendar.h"
#include "referrals/CommissionAuditor.h"
#include "referrals/CommissionRates.h"
#include "referrals/ReferralAnomalyFinder.h"
#include "referrals/ReferralGraph.h"
#include "sync/SyncEngine.h"
#include "../sync/SyncRunner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

// The demo shop with the documented audit set-up (seed 42, 90 days, end 2026-11-24, scale 1),
// synced over HTTP from a real yutang-site: the audit finds each planted booking mistake and
// nothing else, and the anomaly finder each planted referral anomaly.
class TestDemoAudit : public QObject
{
    Q_OBJECT
private:
    SiteProcess m_site;
    TempStore m_store;
    QMultiHash<QString, QJsonObject> m_planted; // kind -> note

    bool sync()
    {
        SyncEngine::Options options;
        options.siteAddress = m_site.address();
        options.token = m_site.token();
        options.full = true;
        options.pageLimit = 1000;
        // Sessions and events play no part in the audit; leaving them out keeps the test fast.
        options.collections = {Collection::Customers, Collection::Orders, Collection::Commissions};
        return runSyncWith(m_store.db(), options, {}, 120000).status == SyncResult::Status::Ok;
    }

    QString plantedId(const char *kind) const
    {
        return m_planted.value(QString::fromLatin1(kind)).value(QLatin1String("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({QStringLiteral("--seed"), QStringLiteral("42"),
                               QStringLiteral("--days"), QStringLiteral("90"),
                               QStringLiteral("--end-date"), QStringLiteral("2026-11-24"),
                               QStringLiteral("--scale"), QStringLiteral("1")},
                              &error),
                 qPrintable(error));
        QVERIFY(sync());
        const QJsonArray planted =
            QJsonDocument::fromJson(m_site.adminGet(QStringLiteral("planted")))
                .object()
                .value(QLatin1String("planted"))
                .toArray();
        for (const QJsonValue &v : planted)
            m_planted.insert(v.toObject().value(QLatin1String("kind")).toString(), v.toObject());
        QCOMPARE(m_planted.size(),
                 11); // 6 booking mistakes; self, cycle (two notes), dangling, burst
    }

    void auditFindsEachPlantedMistakeAndNothingElse()
    {
        const ReferralGraph graph = ReferralGraph::load(m_store.db());
        QString error;
        const QList<AuditFinding> findings = CommissionAuditor::run(m_store.db(), graph, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const AuditFinding &f : findings)
            qInfo().noquote() << AuditFinding::key(f.kind) << f.describe();
        QCOMPARE(findings.size(), 6);
        QHash<AuditFinding::Kind, AuditFinding> byKind;
        for (const AuditFinding &f : findings)
            byKind.insert(f.kind, f);
        QCOMPARE(byKind.value(AuditFinding::Kind::MissingBooking).orderId,
                 plantedId("commission_missing"));
        QCOMPARE(byKind.value(AuditFinding::Kind::MissingBooking).level, 1);
        QCOMPARE(byKind.value(AuditFinding::Kind::WrongAmount).commissionId,
                 plantedId("commission_wrong_amount"));
        QCOMPARE(byKind.value(AuditFinding::Kind::WrongAmount).level, 2);
        QCOMPARE(byKind.value(AuditFinding::Kind::WrongBeneficiary).commissionId,
                 plantedId("commission_wrong_beneficiary"));
        QCOMPARE(byKind.value(AuditFinding::Kind::LevelBeyondPaid).commissionId,
                 plantedId("commission_level_4"));
        QCOMPARE(byKind.value(AuditFinding::Kind::LevelBeyondPaid).level, 4);
        QCOMPARE(byKind.value(AuditFinding::Kind::NotReversed).commissionId,
                 plantedId("commission_not_reversed"));
        QCOMPARE(byKind.value(AuditFinding::Kind::GhostOrder).commissionId,
                 plantedId("commission_ghost_order"));
        // Every finding names its order and the members involved.
        for (const AuditFinding &f : findings) {
            QVERIFY(!f.orderId.isEmpty());
            QVERIFY(!f.beneficiaryId.isEmpty() || !f.expectedBeneficiaryId.isEmpty());
        }
    }

    void anomaliesFindEachPlantedOne()
    {
        const ReferralGraph graph = ReferralGraph::load(m_store.db());
        const int levels = int(CommissionRates::load(m_store.db()).size());
        QCOMPARE(levels, 3);
        const QList<ReferralAnomaly> found = ReferralAnomalyFinder::find(
            graph, ShopCalendar(), levels, ReferralAnomalyFinder::kDefaultBurstThreshold);
        QHash<ReferralAnomaly::Kind, QList<ReferralAnomaly>> byKind;
        for (const ReferralAnomaly &a : found)
            byKind[a.kind].append(a);
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::SelfReferral).size(), 1);
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::SelfReferral).first().memberIds.first(),
                 plantedId("referral_self"));
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::Cycle).size(), 1);
        QStringList cycle = byKind.value(ReferralAnomaly::Kind::Cycle).first().memberIds;
        QStringList plantedCycle;
        for (const QJsonObject &o : m_planted.values(QStringLiteral("referral_cycle")))
            plantedCycle << o.value(QLatin1String("id")).toString();
        cycle.sort();
        plantedCycle.sort();
        QCOMPARE(cycle, plantedCycle);
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::DanglingInviter).size(), 1);
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::DanglingInviter).first().memberIds.first(),
                 plantedId("referral_dangling"));
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::RegistrationBurst).size(), 1);
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::RegistrationBurst).first().inviterId,
                 plantedId("referral_burst"));
        QCOMPARE(byKind.value(ReferralAnomaly::Kind::RegistrationBurst).first().count,
                 40); // 30 + 10 × scale
        QVERIFY(byKind.value(ReferralAnomaly::Kind::DeepChain).size() <=
                1); // counted, not an error
    }
};

QTEST_GUILESS_MAIN(TestDemoAudit)
#include "tst_demoaudit.moc"
