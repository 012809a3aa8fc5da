#include "outbox/BulkEdit.h"
#include "outbox/BulkShipList.h"

#include <QTest>

// Bulk edits of products and bulk shipping lists, computed by hand.
class TestBulkEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priceRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<double>("percent");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("expected"); // -1: refused
        const int set = int(BulkEdit::Kind::SetPrice), add = int(BulkEdit::Kind::AdjustPriceAmount),
                  pct = int(BulkEdit::Kind::AdjustPricePercent);
        QTest::newRow("set") << set << qint64(9900) << 0.0 << qint64(19900) << qint64(9900);
        QTest::newRow("minus 10 yuan") << add << qint64(-1000) << 0.0 << qint64(19900) << qint64(18900);
        QTest::newRow("below zero") << add << qint64(-20000) << 0.0 << qint64(19900) << qint64(-1);
        QTest::newRow("plus 10 %") << pct << qint64(0) << 10.0 << qint64(19900) << qint64(21890);
        QTest::newRow("minus 15 % rounds") << pct << qint64(0) << -15.0 << qint64(12345) << qint64(10493); // 10493.25
        QTest::newRow("minus 100 %") << pct << qint64(0) << -100.0 << qint64(12345) << qint64(0);
    }

    void priceRules()
    {
        QFETCH(int, kind);
        QFETCH(qint64, amount);
        QFETCH(double, percent);
        QFETCH(qint64, current);
        QFETCH(qint64, expected);
        BulkEdit edit;
        edit.kind = BulkEdit::Kind(kind);
        edit.amount = amount;
        edit.percent = percent;
        QJsonObject fields;
        QString error;
        const bool ok = edit.fieldsFor(current, &fields, &error);
        QCOMPARE(ok, expected >= 0);
        if (ok)
            QCOMPARE(fields.value(QLatin1String("price")).toInteger(), expected);
    }

    void statusAndStock()
    {
        BulkEdit edit;
        edit.kind = BulkEdit::Kind::SetStatus;
        edit.status = QStringLiteral("archived");
        QJsonObject fields;
        QString error;
        QVERIFY(edit.fieldsFor(100, &fields, &error));
        QCOMPARE(fields, (QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}}));
        edit.kind = BulkEdit::Kind::SetStock;
        edit.amount = 25;
        QVERIFY(edit.fieldsFor(100, &fields, &error));
        QCOMPARE(fields, (QJsonObject{{QStringLiteral("stock"), 25}}));
    }

    void shipList()
    {
        const BulkShipList list = BulkShipList::parse(QStringLiteral("订单号,快递,运单号\n"
                                                                     "YT-1, SF ,SF001\n"
                                                                     "\n"
                                                                     "YT-2\tYTO\t\"YT 002\"\n"
                                                                     "YT-3;ZTO\n"
                                                                     "YT-4，JD，JD9\n"));
        QCOMPARE(list.lines.size(), 3);
        QCOMPARE(list.lines.at(0).orderNumber, QStringLiteral("YT-1"));
        QCOMPARE(list.lines.at(0).carrier, QStringLiteral("SF"));
        QCOMPARE(list.lines.at(1).trackingNumber, QStringLiteral("YT 002"));
        QCOMPARE(list.lines.at(2).lineNumber, 6);
        QCOMPARE(list.problems.size(), 1);
        QVERIFY(list.problems.first().startsWith(QLatin1String("line 5")));
    }
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
