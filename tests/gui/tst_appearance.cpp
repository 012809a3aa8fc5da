// How the main window looks, on a shop synced from a real yutang-site over loopback: a dark
// application palette turns the charts dark (theme, background, text) and a light one back; our
// own colours (notices, errors, captions) stay readable on both; names and descriptions for
// assistive technology are translated; the app icon is sharp at 200 %.
//
// YUTANG_SCREENSHOT_DIR=<folder> also writes every pane in English and Chinese, light and dark
// (<lang>-<scheme>-<pane>.png), to look at.
#include "SiteProcess.h"
#include "TempStore.h"
#include "WindowSync.h"
#include "mainwindow/AppIcon.h"
#include "mainwindow/MainWindow.h"
#include "panes/DashboardPane.h"
#include "sync/SyncController.h"
#include "widgets/ColorScheme.h"
#include "widgets/DashboardChartView.h"
#include "widgets/DateRangeSelector.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <cmath>
#include <memory>

namespace {

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// The dark palette of a desktop in dark mode, as Fusion shows it.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6f, 0xb3, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// WCAG 2 contrast ratio: 4.5 is the least for text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor styleSheetColor(const QString &styleSheet, const QString &property)
{
    const QRegularExpression re(QStringLiteral("(?:^|[; ])%1: (#[0-9a-f]{6})").arg(property));
    return QColor(re.match(styleSheet).captured(1));
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT
private:
    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;

    std::unique_ptr<MainWindow> openWindow()
    {
        ShopTarget target;
        target.profileName = QStringLiteral("appearance");
        target.siteAddress = m_site.address();
        target.token = m_site.token();
        auto window = std::make_unique<MainWindow>(m_store->db(), target);
        window->resize(1280, 800);
        window->show();
        window->activateWindow(); // for the pane shortcuts
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        const QDate today = QDate::currentDate();
        window->dateRangeSelector()->setRange(DateRange(today.addDays(-29), today));
        return window;
    }

    // Every chart of the window in the scheme of `palette`; what is not, by object name.
    static QStringList chartsNotIn(const MainWindow &window, const QPalette &palette)
    {
        const bool dark = ColorScheme::isDark(palette);
        QStringList wrong;
        for (auto *view : window.findChildren<DashboardChartView *>()) {
            QChart *chart = view->chart();
            if (chart->theme() != (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight) ||
                chart->backgroundBrush().color() != palette.color(QPalette::Base) ||
                chart->titleBrush().color() != palette.color(QPalette::Text))
                wrong << view->objectName();
        }
        return wrong;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        YUTANG_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
        m_store = std::make_unique<TempStore>();
        std::unique_ptr<MainWindow> window = openWindow();
        QVERIFY(window);
        QCOMPARE(syncWindow(*window).status, SyncResult::Status::Ok);
    }

    void cleanup() { QApplication::setPalette(lightPalette()); }

    void chartsFollowThePalette()
    {
        std::unique_ptr<MainWindow> window = openWindow();
        QVERIFY(window);
        QVERIFY(window->findChildren<DashboardChartView *>().size() >= 5);
        QCOMPARE(chartsNotIn(*window, lightPalette()), QStringList());
        QApplication::setPalette(darkPalette());
        QVERIFY(ColorScheme::instance()->isDark());
        QCOMPARE(chartsNotIn(*window, darkPalette()), QStringList());
        // Rebuilt, not re-themed: the Overview's own colours (today's hatched bar) survive.
        QVERIFY(!window->findChild<DashboardChartView *>(QStringLiteral("overviewChart"))
                     ->chart()
                     ->series()
                     .isEmpty());
        QApplication::setPalette(lightPalette());
        QVERIFY(!ColorScheme::instance()->isDark());
        QCOMPARE(chartsNotIn(*window, lightPalette()), QStringList());
    }

    // Charts that do not follow the scheme stay white on a dark window.
    void everyChartFollowsTheScheme()
    {
        std::unique_ptr<MainWindow> window = openWindow();
        QVERIFY(window);
        QStringList plain;
        for (auto *view : window->findChildren<QChartView *>()) {
            if (!qobject_cast<DashboardChartView *>(view))
                plain << QStringLiteral("%1 (%2)").arg(
                    view->objectName(), QLatin1String(view->metaObject()->className()));
        }
        QVERIFY2(plain.isEmpty(), qPrintable(QStringLiteral("not a DashboardChartView: ") +
                                             plain.join(QStringLiteral(", "))));
    }

    void ownColoursAreReadable()
    {
        std::unique_ptr<MainWindow> window = openWindow();
        QVERIFY(window);
        window->showError(QStringLiteral("Sync failed: the site is down"));
        auto *banner = window->findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QApplication::setPalette(palette);
            const QColor window = palette.color(QPalette::Window);
            for (auto tone : {ColorScheme::TextTone::Secondary, ColorScheme::TextTone::Error,
                              ColorScheme::TextTone::Success}) {
                const QColor text = ColorScheme::textColor(tone, palette);
                QVERIFY2(contrast(text, window) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(text.name(), window.name())));
            }
            for (auto tone : {ColorScheme::BandTone::Notice, ColorScheme::BandTone::Error}) {
                const QString sheet = ColorScheme::bandStyleSheet(tone, palette);
                QVERIFY2(contrast(styleSheetColor(sheet, QStringLiteral("color")),
                                  styleSheetColor(sheet, QStringLiteral("background"))) >= 4.5,
                         qPrintable(sheet));
            }
            // The banner took the palette's colours when it changed.
            QCOMPARE(banner->styleSheet(),
                     ColorScheme::bandStyleSheet(ColorScheme::BandTone::Error, palette));
        }
    }

    void namesAreTranslated()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/yutang_zh_CN.qm")));
        QApplication::installTranslator(&chinese);
        std::unique_ptr<MainWindow> window = openWindow();
        QApplication::removeTranslator(&chinese);
        QVERIFY(window);
        const QRegularExpression han(QStringLiteral("\\p{Han}"));
        const QString tabs =
            window->findChild<QTabWidget *>(QStringLiteral("paneTabs"))->tabBar()->accessibleName();
        QVERIFY2(tabs.contains(han), qPrintable(tabs));
        auto *chart = window->findChild<DashboardChartView *>(QStringLiteral("overviewChart"));
        QVERIFY2(chart->accessibleName().contains(han), qPrintable(chart->accessibleName()));
        QVERIFY2(chart->accessibleDescription().contains(han),
                 qPrintable(chart->accessibleDescription()));
    }

    // At 200 % every size of the window icon has a pixmap twice as large, not an upscaled one.
    void iconIsSharpAt200Percent()
    {
        const QList<QSize> sizes = appIcon().availableSizes();
        for (int side : {16, 24, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(2 * side, 2 * side)), qPrintable(QString::number(side)));
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("YUTANG_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set YUTANG_SCREENSHOT_DIR to write the screenshots");
        QVERIFY(QDir().mkpath(folder));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/yutang_%1.qm").arg(language)));
            QApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language));
            for (const bool dark : {false, true}) {
                QApplication::setPalette(dark ? darkPalette() : lightPalette());
                std::unique_ptr<MainWindow> window = openWindow();
                QVERIFY(window);
                window->showError(QCoreApplication::translate("MainWindow", "Sync failed: %1")
                                      .arg(QStringLiteral("connection refused")));
                for (int i = 0; i < window->panes().size(); ++i) {
                    QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
                    QCoreApplication::sendPostedEvents(); // the pane's layout, before grab()
                    const QString file =
                        QStringLiteral("%1/%2-%3-%4.png")
                            .arg(folder, language,
                                 dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                 window->panes().at(i)->objectName());
                    QVERIFY(window->grab().save(file));
                }
            }
            QApplication::removeTranslator(&translator);
        }
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
