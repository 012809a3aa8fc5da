#include "FixtureStore.h"
#include "ModelCheck.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestSessionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void sessionsInBatches()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        SessionTableModel model(store.db());
        // checked with ModelCheck::run() below (see ModelCheck.h)
        model.setBatchSize(4);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalRowCount(), 6);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.canFetchMore({}));
        // Newest first: s6 at 00:30 on the 22nd in Shanghai.
        QCOMPARE(model.index(0, SessionTableModel::Started).data().toString(), QStringLiteral("2026-11-22 00:30"));
        QCOMPARE(model.index(0, SessionTableModel::Customer).data().toString(), QStringLiteral("小赵"));
        QCOMPARE(model.index(0, SessionTableModel::Events).data(ItemRoles::RawValueRole).toLongLong(), 4);
        QCOMPARE(model.index(4, SessionTableModel::Referrer).data().toString(),
                 QStringLiteral("https://www.baidu.com/s?wd=正山小种"));
        ModelCheck::run(&model);
    }

    void filterByReferrer()
    {
        FixtureStore store;
        QVERIFY(store.isValid());
        SessionTableModel model(store.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        model.setFilterText(QStringLiteral("zhihu"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SessionTableModel::Visitor).data().toString(), QStringLiteral("v3"));
        model.setFilterText({});
        model.setDateRange(DateRange(QDate(2026, 11, 21), QDate(2026, 11, 21)));
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSessionModel)
#include "tst_sessionmodel.moc"
