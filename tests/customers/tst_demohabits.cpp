// The demo shop's customers behave differently by channel (issue 12): friends from WeChat groups,
// chats and Moments come back, buy again and recruit; search visitors mostly buy once and are
// gone. Read from the synced store's customer figures over four months of history.
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "TempStore.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

const QString kShare =
    QStringLiteral("s.source IN ('wechat_group', 'wechat_chat', 'wechat_moments')");
const QString kSearch = QStringLiteral("s.channel = 'search'");

double ratio(Database &db, const QString &numerator, const QString &denominator, const QString &who)
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT SUM(CASE WHEN %1 THEN 1 ELSE 0 END), "
                                       "SUM(CASE WHEN %2 THEN 1 ELSE 0 END) FROM customer_stats s "
                                       "WHERE %3")
                            .arg(numerator, denominator, who);
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(1).toDouble() > 0 ? q.value(0).toDouble() / q.value(1).toDouble() : 0;
}

} // namespace

class TestDemoHabits : public QObject
{
    Q_OBJECT

private:
    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_site.start({QStringLiteral("--days"), QStringLiteral("120"),
                               QStringLiteral("--scale"), QStringLiteral("0.5"),
                               QStringLiteral("--end-date"), QStringLiteral("2026-12-06")},
                              &error),
                 qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult result = runSync(m_store->db(), m_site.address(), SiteProcess::kToken);
        QVERIFY2(result.status == SyncResult::Status::Ok, qPrintable(result.error));
    }

    void wechatFriendsBuyAgainMoreThanSearchVisitors()
    {
        Database &db = m_store->db();
        const QString repeat = QStringLiteral("s.paid_orders >= 2");
        const QString bought = QStringLiteral("s.paid_orders >= 1");
        const double share = ratio(db, repeat, bought, kShare);
        const double search = ratio(db, repeat, bought, kSearch);
        qInfo("repeat buyers among buyers: WeChat shares %.3f, search %.3f", share, search);
        QVERIFY(search > 0);
        QVERIFY2(share > 1.5 * search, qPrintable(QString::number(share / search)));
    }

    void searchBuyersChurnSooner()
    {
        // Buyers whose first order is two months old or more: who still bought in the last month.
        Database &db = m_store->db();
        const qint64 monthAgo =
            QDateTime(QDate(2026, 11, 6), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                .toMSecsSinceEpoch();
        const qint64 twoMonthsAgo =
            QDateTime(QDate(2026, 10, 6), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                .toMSecsSinceEpoch();
        const QString old = QStringLiteral("s.first_paid_at < %1").arg(twoMonthsAgo);
        const QString active = QStringLiteral("s.first_paid_at < %1 AND s.last_paid_at >= %2")
                                   .arg(twoMonthsAgo)
                                   .arg(monthAgo);
        const double share = ratio(db, active, old, kShare);
        const double search = ratio(db, active, old, kSearch);
        qInfo("still buying after two months: WeChat shares %.3f, search %.3f", share, search);
        QVERIFY2(share > 1.5 * search, qPrintable(QString::number(share / qMax(search, 1e-9))));
    }

    void wechatFriendsRecruitMore()
    {
        Database &db = m_store->db();
        QSqlQuery q(db.connection());
        auto perCustomer = [&](const QString &who) {
            const QString sql =
                QStringLiteral("SELECT AVG(1.0 * s.invitees1) FROM customer_stats s WHERE %1")
                    .arg(who);
            if (!q.exec(sql) || !q.next())
                qFatal("%s", qPrintable(sql));
            return q.value(0).toDouble();
        };
        const double share = perCustomer(kShare);
        const double search = perCustomer(kSearch);
        qInfo("invitees per customer: WeChat shares %.3f, search %.3f", share, search);
        QVERIFY(search > 0);
        QVERIFY2(share > 1.5 * search, qPrintable(QString::number(share / search)));
    }
};

QTEST_GUILESS_MAIN(TestDemoHabits)
#include "tst_demohabits.moc"
