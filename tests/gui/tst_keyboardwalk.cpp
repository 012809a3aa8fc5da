// The main window by keyboard alone, on a shop synced from a real yutang-site over loopback:
// Ctrl+1 … Ctrl+6 show the panes; in each pane (and on each tab inside it) Tab goes round the
// window without getting caught, reaches every control that can take focus, shows where the
// focus is, and every control it reaches has a name for assistive technology. Charts describe
// their figures in words. A failure names the widgets by object name and class;
// YUTANG_PRINT_WALK=1 prints the order Tab took in each pane.
#include "SiteProcess.h"
#include "TempStore.h"
#include "WindowSync.h"
#include "mainwindow/MainWindow.h"
#include "panes/DashboardPane.h"
#include "sync/SyncController.h"
#include "widgets/DateRangeSelector.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <memory>

namespace {

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2)").arg(
        w->objectName().isEmpty() ? QStringLiteral("<no objectName>") : w->objectName(),
        QString::fromLatin1(w->metaObject()->className()));
}

// The widget that assistive technology reports for a focused widget: a spin box or date edit
// rather than the line edit inside it that takes its focus.
QWidget *owner(QWidget *focused)
{
    auto *spinBox = qobject_cast<QAbstractSpinBox *>(focused->parentWidget());
    return spinBox && spinBox->focusProxy() == focused ? spinBox : focused;
}

// The name a screen reader says for the widget.
QString accessibleName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (qobject_cast<QComboBox *>(w)) {
        // On Linux Qt gives a combo box its current text as its name: that is its value. Only
        // an accessible name or a label's buddy names it.
        for (const QLabel *label : w->window()->findChildren<QLabel *>()) {
            if (label->buddy() == w && !label->text().isEmpty())
                return label->text();
        }
        return {};
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// What one walk round the window with Tab found.
struct Walk
{
    QList<QWidget *> reached; // the widgets that had the focus, in order
    QStringList traps;        // widgets that kept the focus after Tab
    QStringList invisible;    // widgets that look the same with and without the focus
};

Walk walkWithTab()
{
    Walk walk;
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return walk;
    walk.reached << start;
    QWidget *current = start;
    QImage focusedLook = current->grab().toImage();
    int stay = 0; // Tab may go through the links of a label before it leaves
    for (int presses = 0; presses < 400; ++presses) {
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == current) {
            if (++stay > 20) {
                walk.traps << describe(current);
                break;
            }
            continue;
        }
        stay = 0;
        if (current->grab().toImage() == focusedLook)
            walk.invisible << describe(owner(current));
        if (!next || next == start || walk.reached.contains(next))
            break;
        walk.reached << next;
        current = next;
        focusedLook = current->grab().toImage();
    }
    return walk;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT
private:
    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<MainWindow> m_window;

    QTabWidget *paneTabs() const
    {
        return m_window->findChild<QTabWidget *>(QStringLiteral("paneTabs"));
    }

    // Walks the window from the current focus; adds to `problems` what is wrong inside `pane`.
    void walkPane(QWidget *pane, const QString &where, QStringList *problems)
    {
        // What can take the focus now (buttons that need a selection may be enabled on the way).
        QList<QWidget *> focusable;
        for (QWidget *w : pane->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                !w->focusProxy())
                focusable << w;
        }
        const Walk walk = walkWithTab();
        QVERIFY2(!walk.reached.isEmpty(), qPrintable(where + QStringLiteral(": no focus")));
        for (const QString &trap : walk.traps)
            *problems << QStringLiteral("%1: Tab is caught in %2").arg(where, trap);
        for (const QString &look : walk.invisible)
            *problems << QStringLiteral("%1: focus not visible on %2").arg(where, look);
        if (qEnvironmentVariableIsSet("YUTANG_PRINT_WALK")) {
            QStringList order;
            for (QWidget *w : walk.reached)
                order << describe(owner(w));
            qInfo("%s: %s", qPrintable(where), qPrintable(order.join(QStringLiteral(" → "))));
        }
        QSet<QWidget *> reached;
        for (QWidget *focused : walk.reached) {
            reached.insert(focused);
            QWidget *named = owner(focused);
            if (accessibleName(named).isEmpty())
                *problems
                    << QStringLiteral("%1: no accessible name: %2").arg(where, describe(named));
            if (auto *chart = qobject_cast<QChartView *>(named)) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
                if (!iface || iface->text(QAccessible::Description).isEmpty())
                    *problems << QStringLiteral("%1: chart without a description: %2")
                                     .arg(where, describe(chart));
            }
        }
        for (QWidget *w : std::as_const(focusable)) {
            if (!reached.contains(w))
                *problems << QStringLiteral("%1: Tab never reaches %2").arg(where, describe(w));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        YUTANG_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
        m_store = std::make_unique<TempStore>();
        ShopTarget target;
        target.profileName = QStringLiteral("keyboard");
        target.siteAddress = m_site.address();
        target.token = m_site.token();
        m_window = std::make_unique<MainWindow>(m_store->db(), target);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(syncWindow(*m_window).status, SyncResult::Status::Ok);
        const QDate today = QDate::currentDate();
        m_window->dateRangeSelector()->setRange(DateRange(today.addDays(-29), today));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
    }

    // View has one action per pane, with its shortcut shown in the menu.
    void viewMenuListsThePanes()
    {
        QMenu *view = nullptr;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() == QLatin1String("&View"))
                view = menu->menu();
        }
        QVERIFY(view);
        const QList<DashboardPane *> panes = m_window->panes();
        QCOMPARE(panes.size(), 7);
        QCOMPARE(view->actions().size(), panes.size());
        for (int i = 0; i < panes.size(); ++i) {
            QAction *show = view->actions().at(i);
            QCOMPARE(show->text(), panes.at(i)->title());
            QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
    }

    void walkEachPane_data()
    {
        QTest::addColumn<int>("index");
        const QList<DashboardPane *> panes = m_window->panes();
        for (int i = 0; i < panes.size(); ++i)
            QTest::newRow(qPrintable(panes.at(i)->objectName())) << i;
    }

    void walkEachPane()
    {
        QFETCH(int, index);
        // Start from elsewhere: the pane shortcut must bring the keyboard into the pane.
        m_window->dateRangeSelector()->findChild<QComboBox *>()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(paneTabs()->currentIndex(), index);
        QWidget *pane = m_window->panes().at(index);
        QVERIFY2(pane->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        QVERIFY(!pane->accessibleName().isEmpty());
        // The referral tree loads in the background, the audit runs when its tab is shown.
        QTRY_VERIFY_WITH_TIMEOUT(!paneTabs()->tabText(index).contains(QLatin1String("loading")),
                                 60000);

        QStringList problems;
        walkPane(pane, pane->objectName(), &problems);
        // Every tab inside the pane, reached with the arrow keys on its tab bar.
        for (QTabBar *tabs : pane->findChildren<QTabBar *>()) {
            if (!tabs->isVisible() || tabs->count() < 2)
                continue;
            tabs->setFocus(Qt::TabFocusReason);
            for (int step = 1; step < tabs->count(); ++step) {
                const int before = tabs->currentIndex();
                QTest::keyClick(tabs, Qt::Key_Right);
                if (tabs->currentIndex() == before)
                    break; // the last visible tab
                auto *run = pane->findChild<QPushButton *>(QStringLiteral("auditRunButton"));
                if (run && run->isVisible())
                    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 60000);
                const QString where = QStringLiteral("%1/%2").arg(
                    pane->objectName(), tabs->tabText(tabs->currentIndex()));
                walkPane(pane, where, &problems);
                tabs->setFocus(Qt::TabFocusReason);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
