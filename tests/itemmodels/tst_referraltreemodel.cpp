#include "FixtureStore.h"
#include "ModelCheck.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

class TestReferralTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void treeWithBrokenLinks()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        ReferralTreeModel model(store.db());
        // checked with ModelCheck::run() below (see ModelCheck.h)
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        // Roots: c1 (no referrer), c6 (cycle c6 <-> c7 cut at the smallest id), c8 (referrer missing).
        // c5 referred itself and invited nobody: not a tree.
        QCOMPARE(model.rowCount(), 3);
        QStringList roots;
        for (int r = 0; r < 3; ++r)
            roots << model.index(r, 0).data(ItemRoles::RecordIdRole).toString();
        QCOMPARE(roots, (QStringList{QStringLiteral("c1"), QStringLiteral("c6"), QStringLiteral("c8")}));
        QCOMPARE(model.cycleCuts(), QSet<QString>{QStringLiteral("c6")});

        const QModelIndex c1 = model.index(0, 0);
        QCOMPARE(c1.data().toString(), QStringLiteral("小林"));
        QVERIFY(model.hasChildren(c1));
        QCOMPARE(model.rowCount(c1), 0); // lazy: nothing loaded until expanded
        QVERIFY(model.canFetchMore(c1));
        model.fetchMore(c1);
        QCOMPARE(model.rowCount(c1), 2);
        QCOMPARE(model.index(0, 0, c1).data().toString(), QStringLiteral("阿梅"));
        QCOMPARE(model.index(1, 0, c1).data().toString(), QStringLiteral("小赵"));
        QCOMPARE(model.index(0, ReferralTreeModel::Invitees, c1).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, ReferralTreeModel::TeamSize).data(ItemRoles::RawValueRole).toInt(), 3);
        // 阿梅 spent o1 (paid) but not o5 (refunded); 小林 earned cm1 + cm3, not the reversed cm4.
        QCOMPARE(model.index(0, ReferralTreeModel::Spent, c1).data().toString(), QStringLiteral("¥398.00"));
        QCOMPARE(model.index(0, ReferralTreeModel::CommissionEarned).data().toString(), QStringLiteral("¥46.20"));

        const QModelIndex amei = model.index(0, 0, c1);
        model.fetchMore(amei);
        QCOMPARE(model.rowCount(amei), 1);
        const QModelIndex laowang = model.index(0, 0, amei);
        QCOMPARE(laowang.data().toString(), QStringLiteral("老王"));
        QCOMPARE(model.parent(laowang), amei);
        QVERIFY(!model.hasChildren(laowang));

        const QModelIndex c6 = model.index(1, 0);
        model.fetchMore(c6);
        QCOMPARE(model.rowCount(c6), 1);
        const QModelIndex c7 = model.index(0, 0, c6);
        QCOMPARE(c7.data(ItemRoles::RecordIdRole).toString(), QStringLiteral("c7"));
        QVERIFY(!model.hasChildren(c7)); // the link back to c6 was cut
        QVERIFY(model.indexOfLoaded(QStringLiteral("c3")).isValid());
        ModelCheck::run(&model);
    }

    void rangeLimitsMoney()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        ReferralTreeModel model(store.db());
        // checked with ModelCheck::run() below (see ModelCheck.h)
        model.setDateRange(DateRange(QDate(2026, 11, 21), QDate(2026, 11, 21)));
        QCOMPARE(model.index(0, ReferralTreeModel::CommissionEarned).data(ItemRoles::RawValueRole).toLongLong(), 640);
        ModelCheck::run(&model);
    }

    void longCycleDoesNotHang()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        QSqlQuery q(store.db().connection());
        // x1 -> x2 -> x3 -> x1, and x4 hangs below x3.
        for (const auto &pair : {std::pair{"x1", "x3"}, std::pair{"x2", "x1"}, std::pair{"x3", "x2"}, std::pair{"x4", "x3"}}) {
            q.prepare(QStringLiteral("INSERT INTO customers (id, nickname, registered_at, referrer_id, wechat_followed, "
                                     "updated_at) VALUES (?, ?, 0, ?, 0, 0)"));
            q.addBindValue(QString::fromLatin1(pair.first));
            q.addBindValue(QString::fromLatin1(pair.first));
            q.addBindValue(QString::fromLatin1(pair.second));
            QVERIFY(q.exec());
        }
        ReferralTreeModel model(store.db());
        // checked with ModelCheck::run() below (see ModelCheck.h)
        model.reload();
        QVERIFY(model.cycleCuts().contains(QStringLiteral("x1")));
        const QModelIndex x1 = model.index(0, 0); // registered at 0: first
        QCOMPARE(x1.data(ItemRoles::RecordIdRole).toString(), QStringLiteral("x1"));
        QCOMPARE(model.index(0, ReferralTreeModel::TeamSize).data(ItemRoles::RawValueRole).toInt(), 3);
        ModelCheck::run(&model);
    }
};

QTEST_GUILESS_MAIN(TestReferralTreeModel)
#include "tst_referraltreemodel.moc"
