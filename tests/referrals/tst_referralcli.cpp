#include "CliRunner.h"
#include "ReferralFixture.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// yutang-cli audit and the referral export subjects, run in-process over the fixture shop in a
// SQLite file (the CLI opens it by path).
class TestReferralCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    static QJsonArray rowsOf(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QLatin1String("rows"))
            .toArray();
    }
    CliRun cli(QStringList args) const
    {
        args << QStringLiteral("--db") << m_path;
        return runCli(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_path = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QString error;
        m_db = Database::open(StoreLocation::parse(m_path), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(ReferralFixture::fill(*m_db, &error), qPrintable(error));
    }

    void auditExitsZeroWhenClean()
    {
        const CliRun run = cli({QStringLiteral("audit")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("No differences")));
    }

    void auditExitsWithFindings()
    {
        QVERIFY(ReferralFixture::exec(
            *m_db, QStringLiteral("UPDATE commissions SET amount = 1999 WHERE id = 'cm5'")));
        const CliRun text = cli({QStringLiteral("audit")});
        QCOMPARE(text.exitCode, 8);
        QVERIFY(text.out.startsWith(QStringLiteral("wrong_amount\t")));
        const CliRun json =
            cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 8);
        const QJsonArray rows = rowsOf(json);
        QCOMPARE(rows.size(), 1);
        const QJsonObject f = rows.first().toObject();
        QCOMPARE(f.value(QLatin1String("kind")).toString(), QStringLiteral("wrong_amount"));
        QCOMPARE(f.value(QLatin1String("order_id")).toString(), QStringLiteral("o2"));
        QCOMPARE(f.value(QLatin1String("commission_id")).toString(), QStringLiteral("cm5"));
        QCOMPARE(f.value(QLatin1String("buyer_id")).toString(), QStringLiteral("e"));
        QCOMPARE(f.value(QLatin1String("beneficiary_id")).toString(), QStringLiteral("c"));
        QCOMPARE(f.value(QLatin1String("expected_amount")).toString(), QStringLiteral("9.99"));
        const CliRun csv = cli({QStringLiteral("export"), QStringLiteral("audit"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 8);
        QVERIFY(csv.out.contains(
            QStringLiteral("kind,order_id,commission_id,buyer_id,beneficiary_id")));
        QVERIFY(csv.out.contains(QStringLiteral("wrong_amount,o2,cm5,e,c,c,2,19.99,9.99")));
        QVERIFY(ReferralFixture::exec(
            *m_db, QStringLiteral("UPDATE commissions SET amount = 999 WHERE id = 'cm5'")));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("audit")}).exitCode, 0);
    }

    void exportCommissionsWithFilters()
    {
        const CliRun paid = cli({QStringLiteral("export"), QStringLiteral("commissions"),
                                 QStringLiteral("--status"), QStringLiteral("paid"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(paid.exitCode, 0);
        QCOMPARE(rowsOf(paid).size(), 2);
        const CliRun one =
            cli({QStringLiteral("export"), QStringLiteral("commissions"), QStringLiteral("--level"),
                 QStringLiteral("2"), QStringLiteral("--beneficiary"), QStringLiteral("c"),
                 QStringLiteral("--from"), QStringLiteral("2026-11-24"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-24"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = rowsOf(one);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("commission_id")).toString(),
                 QStringLiteral("cm5"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("amount")).toString(),
                 QStringLiteral("9.99"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("booked_at")).toString(),
                 QStringLiteral("2026-11-24 09:00:00"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("commissions"),
                      QStringLiteral("--status"), QStringLiteral("owed")})
                     .exitCode,
                 2);
    }

    void exportTreeFlattened()
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("referrals"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = rowsOf(run);
        QCOMPARE(rows.size(), 8); // a b c d e f, x y
        QJsonObject e;
        for (const QJsonValue &v : rows) {
            if (v.toObject().value(QLatin1String("customer_id")).toString() == QLatin1String("e"))
                e = v.toObject();
        }
        QCOMPARE(e.value(QLatin1String("level")).toInt(), 5);
        QCOMPARE(e.value(QLatin1String("path")).toString(), QStringLiteral("a > b > c > d > e"));
        QCOMPARE(rows.first().toObject().value(QLatin1String("level3_revenue")).toString(),
                 QStringLiteral("100.00"));
    }

    void exportAnomalies()
    {
        const CliRun run = cli({QStringLiteral("export"), QStringLiteral("anomalies"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QStringList kinds;
        for (const QJsonValue &v : rowsOf(run))
            kinds << v.toObject().value(QLatin1String("kind")).toString();
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("self_referral"), QStringLiteral("dangling_inviter"),
                              QStringLiteral("cycle"), QStringLiteral("deep_chain")}));
    }
};

QTEST_GUILESS_MAIN(TestReferralCli)
#include "tst_referralcli.moc"
