#include "TempStore.h"
#include "store/CopyRows.h"
#include "store/PostgresCopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <limits>

namespace {

struct Row
{
    QString text; // null when `isNull`
    bool isNull;
    qint64 number;
};

QList<Row> tricky()
{
    return {
        {QStringLiteral("plain"), false, 0},
        {QStringLiteral("tab\there, line\nbreak, return\r, backslash \\ and \\N"), false,
         std::numeric_limits<qint64>::max()},
        {QStringLiteral("\\."), false, std::numeric_limits<qint64>::min()},
        {QStringLiteral("中文 🐟 鱼塘 \u00e9 \x01"), false, 1732060800123},
        {QString(), false, -1}, // empty text, not null
        {QString(), true, 7},
        {QStringLiteral("\"quotes\" and 'single', commas"), false, 42},
    };
}

CopyRows rowsOf(const QList<Row> &input)
{
    CopyRows rows;
    for (qsizetype i = 0; i < input.size(); ++i) {
        rows.beginRow();
        rows.add(qint64(i));
        if (input.at(i).isNull)
            rows.addNull();
        else
            rows.add(input.at(i).text);
        rows.add(input.at(i).number);
        rows.endRow();
    }
    return rows;
}

} // namespace

// Rows sent by COPY … FROM STDIN (PostgresCopy) in COPY's text format (CopyRows) come back value
// for value. The text format is checked on both backends; the copy itself only on PostgreSQL
// (tst_copyrows_pg, see TempStore).
class TestCopyRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void textFormat()
    {
        CopyRows rows;
        rows.beginRow();
        rows.add(QStringLiteral("a\tb\\c\nd\re"));
        rows.addNull();
        rows.addNullable(QString());
        rows.add(QString());
        rows.add(qint64(-12));
        rows.endRow();
        rows.beginRow();
        rows.add(QStringLiteral("鱼"));
        rows.add(qint64(0));
        rows.endRow();
        QCOMPARE(rows.data(), QByteArray("a\\tb\\\\c\\nd\\re\t\\N\t\\N\t\t-12\n"
                                         "\xe9\xb1\xbc\t0\n"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.width(), -1); // rows of different lengths are told
    }

    void onlyPostgresCopies()
    {
        TempStore store;
        const PostgresCopy copy(store.db().connection());
        QCOMPARE(copy.isAvailable(), TempStore::usesPostgres());
    }

    void rowsComeBackFromPostgres()
    {
        TempStore store;
        if (!TempStore::usesPostgres())
            QSKIP("COPY is PostgreSQL's");
        QSqlQuery q(store.db().connection());
        QVERIFY2(
            q.exec(QStringLiteral("CREATE TABLE cr (pos BIGINT PRIMARY KEY, t TEXT, n BIGINT)")),
            qPrintable(q.lastError().text()));
        const QList<Row> input = tricky();
        const CopyRows rows = rowsOf(input);
        const PostgresCopy copy(store.db().connection());
        QVERIFY(copy.isAvailable());
        QString error;
        QVERIFY2(copy.copy(QStringLiteral("cr"),
                           {QStringLiteral("pos"), QStringLiteral("t"), QStringLiteral("n")},
                           rows.data(), &error),
                 qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT pos, t, n FROM cr ORDER BY pos")));
        qsizetype i = 0;
        for (; q.next(); ++i) {
            QCOMPARE(q.value(0).toLongLong(), i);
            QCOMPARE(q.value(1).isNull(), input.at(i).isNull);
            QCOMPARE(q.value(1).toString(), input.at(i).text);
            QCOMPARE(q.value(2).toLongLong(), input.at(i).number);
        }
        QCOMPARE(i, input.size());
    }

    void failedCopyIsReportedAndTheConnectionGoesOn()
    {
        TempStore store;
        if (!TempStore::usesPostgres())
            QSKIP("COPY is PostgreSQL's");
        QSqlQuery q(store.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE cr (pos BIGINT PRIMARY KEY, t TEXT, n BIGINT)")));
        const PostgresCopy copy(store.db().connection());
        const QStringList columns = {QStringLiteral("pos"), QStringLiteral("t"),
                                     QStringLiteral("n")};
        QString error;
        QVERIFY2(copy.copy(QStringLiteral("cr"), columns, rowsOf(tricky()).data(), &error),
                 qPrintable(error));
        // The same rows again: their keys are taken, and nothing of this copy stays.
        QVERIFY(!copy.copy(QStringLiteral("cr"), columns, rowsOf(tricky()).data(), &error));
        QVERIFY2(error.contains(QStringLiteral("cr_pkey")), qPrintable(error));
        // A table that does not exist fails before any row is sent.
        error.clear();
        QVERIFY(
            !copy.copy(QStringLiteral("no_such_table"), columns, rowsOf(tricky()).data(), &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        // Rows the table cannot take (too few values).
        error.clear();
        QVERIFY(!copy.copy(QStringLiteral("cr"), columns, QByteArrayLiteral("100\tx\n"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM cr")) && q.next(),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), tricky().size());
    }
};

QTEST_GUILESS_MAIN(TestCopyRows)
#include "tst_copyrows.moc"
