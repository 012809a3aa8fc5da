// yutang-screenshots, as scripts/screenshots.sh runs it: it syncs the demo shop over HTTP into the
// real main window and saves one picture per pane, named after the pane, at the window's default
// size, with something drawn on it. The tool is run as a process, like the script does.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePicturePerPane_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void onePicturePerPane()
    {
        QFETCH(QString, language);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess tool;
        tool.setProgram(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/yutang-screenshots"));
        tool.setArguments(
            {QStringLiteral("--out"), out.path(), QStringLiteral("--lang"), language});
        tool.start();
        QVERIFY2(tool.waitForFinished(180000), qPrintable(tool.errorString()));
        QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
                 tool.readAllStandardError().constData());

        const QStringList pictures =
            QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(
            pictures,
            QStringList({QStringLiteral("1-overview.png"), QStringLiteral("2-traffic.png"),
                         QStringLiteral("3-funnels.png"), QStringLiteral("4-products.png"),
                         QStringLiteral("5-orders.png"), QStringLiteral("6-customers-cohorts.png"),
                         QStringLiteral("6-customers-referral-economy.png"),
                         QStringLiteral("6-customers.png"), QStringLiteral("7-referrals.png")}));
        // The tool names each file it wrote.
        QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput())
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                     .size(),
                 pictures.size());
        for (const QString &name : pictures) {
            const QImage image(QDir(out.path()).filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QCOMPARE(image.size(), QSize(1200, 760));
            // A drawn window has text, tables and charts: many colours, not one blank fill.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 50, qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
