#include "TempStore.h"
#include "itemmodels/OrderTableModel.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

// SqlTableModel pages with keysets (after the last row's sort value and id), not OFFSET. Whatever
// the column, direction, ties and NULLs, small batches must give exactly the rows, in exactly the
// order, of one big batch. Runs on both backends: they put NULLs on opposite ends.
class TestSqlTablePaging : public QObject
{
    Q_OBJECT

    static bool fill(Database &db, int n, QString *error)
    {
        QSqlDatabase conn = db.connection();
        conn.transaction();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral(
            "INSERT INTO orders (id, number, customer_id, session_id, status, created_at, "
            "paid_at, total, carrier, tracking_number, updated_at, version) "
            "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, 1)"));
        const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("paid"),
                                      QStringLiteral("shipped"), QStringLiteral("completed"),
                                      QStringLiteral("cancelled")};
        const qint64 base = 1763600000000; // 2025-11-20, within no particular range
        for (int i = 0; i < n; ++i) {
            const QString status = statuses[(i * 7) % statuses.size()];
            q.addBindValue(QStringLiteral("o_%1").arg(i, 3, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("YT-%1").arg((i * 37) % n, 4, 10, QLatin1Char('0')));
            // Some orders without a customer (guest checkout): NULLs in a text column.
            q.addBindValue(i % 5 == 0 ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QStringLiteral("c_%1").arg(i % 9)));
            q.addBindValue(status);
            q.addBindValue(base + qint64(i % 13) * 3600000); // many ties
            // Unpaid orders have no paid_at: NULLs in a number column.
            q.addBindValue(status == QLatin1String("pending")
                               ? QVariant(QMetaType(QMetaType::LongLong))
                               : QVariant(base + qint64(i % 11) * 60000));
            q.addBindValue(qint64((i * 53) % 17) * 1000); // ties, zeros
            q.addBindValue(i % 3 == 0 ? QVariant(QStringLiteral("SF"))
                                      : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(i % 3 == 0 ? QVariant(QStringLiteral("SF%1").arg(i))
                                      : QVariant(QMetaType(QMetaType::QString)));
            if (!q.exec()) {
                *error = q.lastQuery();
                conn.rollback();
                return false;
            }
        }
        return conn.commit();
    }

    static QStringList ids(OrderTableModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.recordId(row);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void smallBatchesGiveTheSameRowsAsOne()
    {
        TempStore store;
        QString error;
        const int n = 97;
        QVERIFY2(fill(store.db(), n, &error), qPrintable(error));
        OrderTableModel whole(store.db()), paged(store.db());
        // Qt 6.4's tester fetches more from inside its modelReset check and then reports its own
        // insert as nested in the reset, so it watches the model that holds everything at once.
        QAbstractItemModelTester tester(&whole,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        whole.setBatchSize(1000);
        paged.setBatchSize(4);
        whole.reload();
        paged.reload();
        for (int column = 0; column < whole.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                whole.sort(column, order);
                paged.sort(column, order);
                QVERIFY(paged.canFetchMore({})); // still paging
                const QStringList expected = ids(whole);
                QCOMPARE(expected.size(), n);
                const QStringList got = ids(paged);
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("column %1 (%2), %3: %4 rows")
                                        .arg(column)
                                        .arg(whole.headerData(column, Qt::Horizontal).toString(),
                                             order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                         : QStringLiteral("desc"))
                                        .arg(got.size())));
            }
        }
    }

    void filteredPagingStaysInsideTheFilter()
    {
        TempStore store;
        QString error;
        QVERIFY2(fill(store.db(), 60, &error), qPrintable(error));
        OrderTableModel whole(store.db()), paged(store.db());
        whole.setBatchSize(1000);
        paged.setBatchSize(3);
        for (OrderTableModel *m : {&whole, &paged}) {
            m->setStatusFilter(QStringLiteral("pending"));
            m->sort(OrderTableModel::Paid, Qt::DescendingOrder); // all NULL: ordered by id alone
        }
        const QStringList expected = ids(whole);
        QCOMPARE(expected.size(), 12);
        QCOMPARE(ids(paged), expected);
        for (OrderTableModel *m : {&whole, &paged}) {
            m->setStatusFilter({});
            m->setFilterText(QStringLiteral("SF"));
            m->sort(OrderTableModel::Total, Qt::AscendingOrder);
        }
        const QStringList sf = ids(whole);
        QCOMPARE(sf.size(), 20);
        QCOMPARE(ids(paged), sf);
    }
};

QTEST_GUILESS_MAIN(TestSqlTablePaging)
#include "tst_sqltablepaging.moc"
