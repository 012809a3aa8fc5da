#include <QApplication>
#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

// Customer nicknames carry emoji and symbols (a referral tree of 小鱼🐟 and 花花🌸): with the
// app's font and the system's fallback, every character gets a real glyph, not the empty box
// (glyph 0, .notdef). On Linux this needs an emoji font, which scripts/install-deps.sh installs
// and the DEB recommends (fonts-noto-color-emoji); Windows and macOS have theirs.
class TestGlyphs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nicknamesHaveGlyphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fish and blossom") << QStringLiteral("小鱼🐟 花花🌸");
        QTest::newRow("tea and heart") << QStringLiteral("茶友🍵❤️");
        QTest::newRow("symbols") << QStringLiteral("★会员☆ ✓ ¥");
        QTest::newRow("skin tone") << QStringLiteral("阿强👍🏽");
    }

    void nicknamesHaveGlyphs()
    {
        QFETCH(QString, text);
        QTextLayout layout(text, QApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        int glyphs = 0;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            for (quint32 index : run.glyphIndexes()) {
                ++glyphs;
                QVERIFY2(index != 0, qPrintable(QStringLiteral("no glyph in %1 for \"%2\"")
                                                    .arg(run.rawFont().familyName(), text)));
            }
        }
        QVERIFY(glyphs > 0);
    }
};

QTEST_MAIN(TestGlyphs)
#include "tst_glyphs.moc"
