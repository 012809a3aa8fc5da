#include "export/CsvWriter.h"
#include "export/JsonTableWriter.h"
#include "itemmodels/ItemRoles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

TableSnapshot tricky()
{
    TableSnapshot t;
    t.addColumn(QStringLiteral("name"), QStringLiteral("名称"));
    t.addColumn(QStringLiteral("note"), QStringLiteral("备注, \"引号\""));
    t.addColumn(QStringLiteral("amount"), QStringLiteral("金额"));
    t.rows << QVariantList{QStringLiteral("明前龙井 250g"), QStringLiteral("plain"), QStringLiteral("199.00")};
    t.rows << QVariantList{QStringLiteral("comma, inside"), QStringLiteral("quote \"here\""), QStringLiteral("-12.50")};
    t.rows << QVariantList{QStringLiteral("line\nbreak"), QStringLiteral("cr\r\nlf"), qint64(42)};
    t.rows << QVariantList{QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("+1+1"), QStringLiteral("@SUM(A1)")};
    t.rows << QVariantList{QStringLiteral("-2+3"), QStringLiteral("\tTAB"), QVariant()};
    return t;
}

// Reads a CSV with a real parser: sqlite3's .import --csv into a table, dumped back as JSON.
QList<QStringList> parseWithSqlite(const QByteArray &csv, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    f.close();
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral(":memory:")});
    p.write(QStringLiteral(".import --csv %1 t\n.mode json\nSELECT * FROM t;\n").arg(path).toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QList<QStringList> out;
    for (const QJsonValue &r : rows) {
        QStringList cells;
        const QJsonObject o = r.toObject();
        for (const char *k : {"name", "note", "amount"})
            cells << o.value(QLatin1String(k)).toString();
        out << cells;
    }
    return out;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc4180RoundTripThroughARealParser()
    {
        ExportOptions options;
        options.encoding = ExportOptions::Encoding::Utf8;
        options.header = ExportOptions::Header::Keys;
        QString error;
        const QList<QStringList> rows = parseWithSqlite(CsvWriter::toBytes(tricky(), options), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("明前龙井 250g"), QStringLiteral("plain"), QStringLiteral("199.00")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("comma, inside"), QStringLiteral("quote \"here\""), QStringLiteral("-12.50")}));
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("line\nbreak"), QStringLiteral("cr\r\nlf"), QStringLiteral("42")}));
        // Formula-looking cells come back with a leading apostrophe, numbers untouched.
        QCOMPARE(rows.at(3), (QStringList{QStringLiteral("'=HYPERLINK(\"http://evil\")"), QStringLiteral("'+1+1"), QStringLiteral("'@SUM(A1)")}));
        QCOMPARE(rows.at(4), (QStringList{QStringLiteral("'-2+3"), QStringLiteral("'\tTAB"), QString()}));
    }

    void lineEndsAreCrLf()
    {
        ExportOptions options;
        options.encoding = ExportOptions::Encoding::Utf8;
        const QByteArray bytes = CsvWriter::toBytes(tricky(), options);
        QVERIFY(bytes.startsWith("\"名称\"") == false);
        QVERIFY(bytes.startsWith(QStringLiteral("名称,\"备注, \"\"引号\"\"\",金额\r\n").toUtf8()));
    }

    void encodings()
    {
        ExportOptions options; // default: UTF-8 with BOM, for Excel
        const QByteArray bom = CsvWriter::toBytes(tricky(), options);
        QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bom.mid(3).startsWith(QStringLiteral("名称").toUtf8()));

        options.encoding = ExportOptions::Encoding::Gb18030;
        const QByteArray gb = CsvWriter::toBytes(tricky(), options);
        QVERIFY(!gb.startsWith("\xEF\xBB\xBF"));
        QVERIFY(gb.startsWith("\xC3\xFB\xB3\xC6")); // 名称 in GB18030
        QStringDecoder decoder("GB18030");
        const QString back = decoder.decode(gb);
        QVERIFY(!decoder.hasError());
        options.encoding = ExportOptions::Encoding::Utf8;
        QCOMPARE(back, QString::fromUtf8(CsvWriter::toBytes(tricky(), options)));
    }

    void cliOptions()
    {
        ExportOptions o;
        QString error;
        QVERIFY(ExportOptions::fromCli(QStringLiteral("gb18030"), QStringLiteral("json"), &o, &error));
        QCOMPARE(o.encoding, ExportOptions::Encoding::Gb18030);
        QCOMPARE(o.format, ExportOptions::Format::Json);
        QCOMPARE(o.header, ExportOptions::Header::Keys);
        QVERIFY(!ExportOptions::fromCli(QStringLiteral("latin1"), QStringLiteral("csv"), &o, &error));
        QVERIFY(error.contains(QLatin1String("latin1")));
        QVERIFY(!ExportOptions::fromCli(QStringLiteral("utf8"), QStringLiteral("xlsx"), &o, &error));
    }

    void snapshotHoldsExactlyWhatTheViewShows()
    {
        QStandardItemModel source(0, 3);
        source.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Price"), QStringLiteral("Hidden")});
        source.setHeaderData(1, Qt::Horizontal, QStringLiteral("price"), ItemRoles::ColumnKeyRole);
        const QList<std::tuple<QString, qint64>> products = {{QStringLiteral("龙井"), 19900}, {QStringLiteral("普洱"), 9900},
                                                              {QStringLiteral("白茶"), 29900}, {QStringLiteral("龙珠"), 500}};
        for (const auto &[title, price] : products) {
            auto *priceItem = new QStandardItem(QStringLiteral("¥%1").arg(price / 100));
            priceItem->setData(QString::number(price / 100) + QStringLiteral(".00"), ItemRoles::ExportRole);
            priceItem->setData(price, ItemRoles::RawValueRole);
            source.appendRow({new QStandardItem(title), priceItem, new QStandardItem(QStringLiteral("x"))});
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterFixedString(QStringLiteral("龙"));
        proxy.setSortRole(ItemRoles::RawValueRole);
        proxy.sort(1, Qt::DescendingOrder);
        const TableSnapshot t = TableSnapshot::fromModel(&proxy, {1, 0}); // view order: price, title
        QCOMPARE(t.keys, (QStringList{QStringLiteral("price"), QStringLiteral("title")}));
        QCOMPARE(t.headers, (QStringList{QStringLiteral("Price"), QStringLiteral("Title")}));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0), (QVariantList{QStringLiteral("199.00"), QStringLiteral("龙井")}));
        QCOMPARE(t.rows.at(1), (QVariantList{QStringLiteral("5.00"), QStringLiteral("龙珠")}));

        const QJsonObject json = QJsonDocument::fromJson(JsonTableWriter::toBytes(t)).object();
        QCOMPARE(json.value(QLatin1String("columns")).toArray().size(), 2);
        const QJsonArray rows = json.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("price")).toString(), QStringLiteral("199.00"));
        QCOMPARE(rows.at(1).toObject().value(QLatin1String("title")).toString(), QStringLiteral("龙珠"));
    }

    void treesFlattenWithLevelAndPath()
    {
        QStandardItemModel tree;
        tree.setHorizontalHeaderLabels({QStringLiteral("Member")});
        auto *root = new QStandardItem(QStringLiteral("c_1"));
        auto *child = new QStandardItem(QStringLiteral("c_2"));
        child->appendRow(new QStandardItem(QStringLiteral("c_3")));
        root->appendRow(child);
        tree.appendRow(root);
        tree.appendRow(new QStandardItem(QStringLiteral("c_9")));
        const TableSnapshot t = TableSnapshot::fromTree(&tree);
        QCOMPARE(t.keys, (QStringList{QStringLiteral("member"), QStringLiteral("level"), QStringLiteral("path")}));
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.rows.at(2), (QVariantList{QStringLiteral("c_3"), 3, QStringLiteral("c_1 > c_2 > c_3")}));
        QCOMPARE(t.rows.at(3), (QVariantList{QStringLiteral("c_9"), 1, QStringLiteral("c_9")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
