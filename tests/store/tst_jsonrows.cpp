#include "TempStore.h"
#include "store/JsonRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Rows and keys sent as one JSON text come back from the store value for value: text with every
// character JSON must escape, non-BMP characters, nulls of every kind, integers at the edges of
// 64 bits. Runs on both backends (tst_jsonrows and tst_jsonrows_pg, see TempStore).
class TestJsonRows : public QObject
{
    Q_OBJECT

    QList<QVariantList> tricky() const
    {
        return {
            {QStringLiteral("plain"), 0, QStringLiteral("abc")},
            {QStringLiteral("quote \" and \\ backslash"), std::numeric_limits<qint64>::max(),
             QStringLiteral("C:\\path\\\"x\"")},
            {QStringLiteral("controls \n\t\r\x01\x1f end"), std::numeric_limits<qint64>::min(),
             QStringLiteral("line1\nline2")},
            {QStringLiteral("中文 🐟 鱼塘 \u00e9"), qint64(1732060800123), QStringLiteral("😀")},
            {QStringLiteral("nulls"), QVariant(QMetaType(QMetaType::LongLong)),
             QVariant(QMetaType(QMetaType::QString))},
            {QStringLiteral("bool and int"), true, QString()},
            {QStringLiteral("slash / and unicode escapes \\u0041"), -1, QStringLiteral("'single'")},
        };
    }

private Q_SLOTS:
    void initTestCase() { YUTANG_REQUIRE_TEST_BACKEND(); }

    void rowsWrittenValueByValueMatchVariantRows()
    {
        // The sync's pages write rows without QVariants: the same text as append() would give.
        JsonRows variants, typed;
        for (const QVariantList &row : tricky()) {
            QVariantList same{row.at(0), row.at(1).isNull() ? QVariant() : row.at(1),
                              row.at(2).toString().isEmpty() ? QVariant() : row.at(2)};
            variants.append(same);
            typed.beginRow();
            typed.add(row.at(0).toString());
            if (row.at(1).isNull())
                typed.addNull();
            else
                typed.add(row.at(1).toLongLong());
            typed.addNullable(row.at(2).toString());
            typed.endRow();
        }
        QCOMPARE(typed.text(), variants.text());
        QCOMPARE(typed.size(), tricky().size());
        QCOMPARE(typed.width(), 3);
        typed.beginRow();
        typed.add(qint64(1));
        typed.endRow();
        QCOMPARE(typed.width(), -1); // rows of different lengths are told
    }

    void sqliteVersionGate()
    {
        QVERIFY(SqlDialect::sqliteIsRecentEnough(QStringLiteral("3.40.1")));
        QVERIFY(SqlDialect::sqliteIsRecentEnough(QStringLiteral("3.35.0")));
        QVERIFY(!SqlDialect::sqliteIsRecentEnough(QStringLiteral("3.34.1"))); // no MATERIALIZED
        QVERIFY(SqlDialect::sqliteIsRecentEnough(QStringLiteral("4.0.0")));
        QVERIFY(!SqlDialect::sqliteIsRecentEnough(QStringLiteral("3.31.1"))); // Ubuntu 20.04
        QVERIFY(!SqlDialect::sqliteIsRecentEnough(QStringLiteral("3.9")));
        QVERIFY(!SqlDialect::sqliteIsRecentEnough(QString()));
    }

    void textIsValidJson()
    {
        JsonRows rows;
        QCOMPARE(rows.text(), QStringLiteral("[]"));
        for (const QVariantList &r : tricky())
            rows.append(r);
        QCOMPARE(rows.size(), tricky().size());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(rows.text().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), tricky().size());
        QCOMPARE(doc.array().at(3).toArray().at(0).toString(), tricky().at(3).at(0).toString());
        QCOMPARE(doc.array().at(2).toArray().at(0).toString(), tricky().at(2).at(0).toString());
        QVERIFY(doc.array().at(4).toArray().at(1).isNull());
    }

    void rowsComeBackFromTheStore_data()
    {
        QTest::addColumn<bool>("asParameter");
        QTest::newRow("text") << false;
        QTest::newRow("parameter (UTF-8 bytes on SQLite)") << true;
    }

    void rowsComeBackFromTheStore()
    {
        QFETCH(bool, asParameter);
        TempStore store;
        Database &db = store.db();
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE jr (pos INTEGER, t TEXT, n BIGINT, u TEXT)")),
                 qPrintable(q.lastError().text()));
        JsonRows rows;
        const QList<QVariantList> input = tricky();
        for (qsizetype i = 0; i < input.size(); ++i)
            rows.append({int(i), input.at(i).at(0), input.at(i).at(1), input.at(i).at(2)});
        using T = SqlDialect::ValueType;
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO jr (pos, t, n, u) SELECT pos, t, n, u FROM "
                                         "%1 AS r")
                              .arg(db.dialect().jsonRows({{QStringLiteral("pos"), T::Integer},
                                                          {QStringLiteral("t"), T::Text},
                                                          {QStringLiteral("n"), T::Integer},
                                                          {QStringLiteral("u"), T::Text}}))));
        if (asParameter) {
            const QVariant parameter = rows.parameter(db.dialect());
            QCOMPARE(parameter.typeId(), db.dialect().kind() == SqlDialect::Kind::Sqlite
                                             ? QMetaType::QByteArray
                                             : QMetaType::QString);
            q.addBindValue(parameter);
        } else {
            q.addBindValue(rows.text());
        }
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT pos, t, n, u FROM jr ORDER BY pos")));
        qsizetype i = 0;
        for (; q.next(); ++i) {
            const QVariantList &want = input.at(i);
            QCOMPARE(q.value(0).toInt(), int(i));
            QCOMPARE(q.value(1).toString(), want.at(0).toString());
            QCOMPARE(q.value(2).isNull(), want.at(1).isNull());
            if (!want.at(1).isNull())
                QCOMPARE(q.value(2).toLongLong(), want.at(1).toLongLong());
            QCOMPARE(q.value(3).toString(), want.at(2).toString());
        }
        QCOMPARE(i, input.size());
    }

    void keysSelectTheirRows()
    {
        TempStore store;
        Database &db = store.db();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE jk (id TEXT PRIMARY KEY)")));
        QStringList all;
        for (const QVariantList &r : tricky())
            all << r.at(0).toString();
        for (const QString &id : std::as_const(all)) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO jk (id) VALUES (?)")));
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        const QStringList wanted = {all.at(1), all.at(2), all.at(3), QStringLiteral("absent")};
        QVERIFY(q.prepare(QStringLiteral("SELECT id FROM jk WHERE id IN %1 ORDER BY id")
                              .arg(db.dialect().jsonKeys())));
        q.addBindValue(JsonRows::keys(wanted));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList found;
        while (q.next())
            found << q.value(0).toString();
        QStringList expected = wanted.mid(0, 3);
        QCOMPARE(found.size(), expected.size());
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonRows)
#include "tst_jsonrows.moc"
