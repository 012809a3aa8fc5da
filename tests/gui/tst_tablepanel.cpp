#include "FixtureStore.h"
#include "itemmodels/OrderTableModel.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TablePanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// A table the store refuses to read (its table renamed away under it) says so over the table,
// with the failed query's own reason (it read the connection's, usually empty), and keeps no
// stale rows; the next read that works takes the notice away.
class TestTablePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void storeErrorIsShownOverTheTable()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        OrderTableModel model(store.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDateRange(DateRange(FixtureStore::firstDay(), FixtureStore::lastDay()));
        TablePanel panel(&model, QStringLiteral("orders"));
        panel.show();
        QVERIFY(panel.errorNotice()->isHidden());
        QCOMPARE(model.rowCount(), 5);

        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE orders RENAME TO orders_elsewhere")));
        QSignalSpy failed(&model, &SqlTableModel::queryFailed);
        model.reload();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!panel.errorNotice()->isHidden());
        const QString shown = panel.errorNotice()->text();
        QVERIFY2(shown.startsWith(QLatin1String("Cannot read the store: ")), qPrintable(shown));
        // The query's own error names what is missing; the connection's was empty.
        QVERIFY2(shown.contains(QLatin1String("orders")), qPrintable(shown));
        QCOMPARE(model.lastError(), shown);

        QVERIFY(q.exec(QStringLiteral("ALTER TABLE orders_elsewhere RENAME TO orders")));
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(panel.errorNotice()->isHidden());
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_MAIN(TestTablePanel)
#include "tst_tablepanel.moc"
