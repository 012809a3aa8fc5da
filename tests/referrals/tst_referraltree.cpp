#include "ReferralFixture.h"
#include "TempStore.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// Per-member figures of the fixture tree (see ReferralFixture.h), computed by hand:
//   revenue orders: o1 d 100.00, o2 e 199.99, o6 a 70.00 (o3 refunded, o4 pending, o5 cancelled).
class TestReferralTree : public QObject
{
    Q_OBJECT
private:
    static qint64 raw(const QModelIndex &row, int column)
    {
        return row.siblingAtColumn(column).data(ItemRoles::RawValueRole).toLongLong();
    }
    static QString id(const QModelIndex &index)
    {
        return index.data(ItemRoles::RecordIdRole).toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void perLevelFiguresAndLazyLoading()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        ReferralTreeModel model(store.db());
        model.reload();

        QCOMPARE(model.rowCount(), 2); // a, and x where the x <-> y cycle was cut
        const QModelIndex a = model.index(0, 0);
        QCOMPARE(id(a), QStringLiteral("a"));
        QCOMPARE(id(model.index(1, 0)), QStringLiteral("x"));
        QCOMPARE(model.rowCount(a), 0); // nothing below a is loaded before it is expanded
        QVERIFY(model.hasChildren(a));
        QVERIFY(model.canFetchMore(a));
        // Attached from here on: the tester itself fetches the children of what it visits.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(raw(a, ReferralTreeModel::Invitees), 2);
        QCOMPARE(raw(a, ReferralTreeModel::TeamSize), 5);
        QCOMPARE(raw(a, ReferralTreeModel::Orders), 1);
        QCOMPARE(raw(a, ReferralTreeModel::Spent), 7000);
        QCOMPARE(raw(a, ReferralTreeModel::Level1Members), 2);
        QCOMPARE(raw(a, ReferralTreeModel::Level2Members), 1);
        QCOMPARE(raw(a, ReferralTreeModel::Level3Members), 1);
        QCOMPARE(raw(a, ReferralTreeModel::Level1Revenue), 0);
        QCOMPARE(raw(a, ReferralTreeModel::Level2Revenue), 0);
        QCOMPARE(raw(a, ReferralTreeModel::Level3Revenue), 10000); // d's o1; e is level 4
        QCOMPARE(raw(a, ReferralTreeModel::CommissionPending), 200);
        QCOMPARE(raw(a, ReferralTreeModel::CommissionReversed), 500);
        QCOMPARE(raw(a, ReferralTreeModel::CommissionEarned), 200);
        QCOMPARE(a.siblingAtColumn(ReferralTreeModel::Level3Revenue).data().toString(),
                 QStringLiteral("¥100.00"));
        QCOMPARE(a.siblingAtColumn(ReferralTreeModel::Spent).data(ItemRoles::ExportRole).toString(),
                 QStringLiteral("70.00"));

        model.fetchMore(a);
        QCOMPARE(model.rowCount(a), 2);
        const QModelIndex b = model.index(0, 0, a);
        QCOMPARE(id(b), QStringLiteral("b"));
        QCOMPARE(id(model.index(1, 0, a)), QStringLiteral("f"));
        QCOMPARE(raw(b, ReferralTreeModel::TeamSize), 3);
        QCOMPARE(raw(b, ReferralTreeModel::Spent), 0); // o3 was refunded
        QCOMPARE(raw(b, ReferralTreeModel::Level1Revenue), 0);
        QCOMPARE(raw(b, ReferralTreeModel::Level2Revenue), 10000);
        QCOMPARE(raw(b, ReferralTreeModel::Level3Revenue), 19999);
        QCOMPARE(raw(b, ReferralTreeModel::CommissionConfirmed), 500);
        QCOMPARE(raw(b, ReferralTreeModel::CommissionPaid), 399);
        QCOMPARE(raw(b, ReferralTreeModel::CommissionEarned), 899);

        model.fetchMore(b);
        const QModelIndex c = model.index(0, 0, b);
        QCOMPARE(raw(c, ReferralTreeModel::Level1Members), 1);
        QCOMPARE(raw(c, ReferralTreeModel::Level2Members), 1);
        QCOMPARE(raw(c, ReferralTreeModel::Level3Members), 0);
        QCOMPARE(raw(c, ReferralTreeModel::Level1Revenue), 10000);
        QCOMPARE(raw(c, ReferralTreeModel::Level2Revenue), 19999);
        QCOMPARE(raw(c, ReferralTreeModel::Orders), 0); // o4 is pending
        QCOMPARE(raw(c, ReferralTreeModel::CommissionPaid), 1000);
        QCOMPARE(raw(c, ReferralTreeModel::CommissionPending), 999);

        // Reveal loads the path down to e.
        const QModelIndex e = model.reveal(QStringLiteral("e"));
        QVERIFY(e.isValid());
        QCOMPARE(id(e), QStringLiteral("e"));
        QCOMPARE(id(e.parent()), QStringLiteral("d"));
        QCOMPARE(id(e.parent().parent()), QStringLiteral("c"));
        QCOMPARE(model.uplineIds(QStringLiteral("e")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(id(model.reveal(QStringLiteral("y")).parent()), QStringLiteral("x"));
        QVERIFY(!model.reveal(QStringLiteral("s"))
                     .isValid()); // self-referral who invited nobody: not in the tree
        QVERIFY(!model.reveal(QStringLiteral("nobody")).isValid());
        QCOMPARE(model.search(QStringLiteral("NICK-D")), QStringList{QStringLiteral("d")});
        QCOMPARE(model.search(QStringLiteral("e")), (QStringList{QStringLiteral("e")}));
        QCOMPARE(model
                     .headerData(ReferralTreeModel::Level2Revenue, Qt::Horizontal,
                                 ItemRoles::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("level2_revenue"));
    }

    void sortsChildrenByAnyColumn()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        ReferralTreeModel model(store.db());
        model.reload();
        model.sort(ReferralTreeModel::Spent, Qt::AscendingOrder);
        QCOMPARE(id(model.index(0, 0)), QStringLiteral("x"));
        model.sort(ReferralTreeModel::Invitees, Qt::AscendingOrder);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex a = model.index(1, 0); // x invited 1, a invited 2
        QCOMPARE(id(a), QStringLiteral("a"));
        model.fetchMore(a);
        QCOMPARE(id(model.index(0, 0, a)), QStringLiteral("f")); // f invited nobody, b one
        QCOMPARE(id(model.reveal(QStringLiteral("c")).parent()), QStringLiteral("b"));
    }

    void dateRangeLimitsMoneyNotMembers()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        ReferralTreeModel model(store.db());
        model.setDateRange(DateRange(QDate(2026, 11, 22), QDate(2026, 11, 22))); // o2 and o3 only
        const QModelIndex a = model.index(0, 0);
        QCOMPARE(raw(a, ReferralTreeModel::Spent), 0);
        QCOMPARE(raw(a, ReferralTreeModel::TeamSize), 5);
        model.fetchMore(a);
        const QModelIndex b = model.index(0, 0, a);
        QCOMPARE(raw(b, ReferralTreeModel::Level2Revenue), 0);
        QCOMPARE(raw(b, ReferralTreeModel::Level3Revenue), 19999);
        QCOMPARE(raw(b, ReferralTreeModel::CommissionEarned), 0); // booked on the 24th
    }
};

QTEST_GUILESS_MAIN(TestReferralTree)
#include "tst_referraltree.moc"
