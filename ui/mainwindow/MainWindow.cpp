#include "mainwindow/MainWindow.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/NotificationSettingsDialog.h"
#include "dialogs/OutboxDialog.h"
#include "dialogs/ProblemsDialog.h"
#include "itemmodels/ShopInfo.h"
#include "mainwindow/NewOrderNotifier.h"
#include "panes/customers/CustomersPane.h"
#include "panes/funnels/FunnelsPane.h"
#include "panes/orders/OrdersPane.h"
#include "panes/overview/OverviewPane.h"
#include "panes/products/ProductsPane.h"
#include "panes/referrals/ReferralsPane.h"
#include "panes/traffic/TrafficPane.h"
#include "store/Database.h"
#include "sync/OutboxBadge.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusBar.h"
#include "widgets/DateRangeSelector.h"
#include "widgets/NoticeLabel.h"
#include "widgets/TabOrder.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &db, const ShopTarget &target, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_target(target), m_sync(new SyncController(db, this)),
      m_tabs(new QTabWidget(this)),
      m_errorBanner(
          new NoticeLabel(QStringLiteral("errorBanner"), this, ColorScheme::BandTone::Error)),
      m_dateRange(new DateRangeSelector(this)), m_status(new SyncStatusBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("paneTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Panes"));
    m_tabs->tabBar()->setAccessibleName(tr("Panes"));
    m_errorBanner->setAccessibleName(tr("Error"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    createPanes();
    createActions();
    connect(m_sync, &SyncController::started, this, &MainWindow::syncStarted);
    connect(m_sync, &SyncController::progressChanged, m_status, &SyncStatusBar::showProgress);
    connect(m_sync, &SyncController::message, m_status, &SyncStatusBar::showMessage);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    connect(m_sync, &SyncController::storeChanged, this, &MainWindow::reloadPanes);
    // Local edits: a badge while some wait for the site, the outbox on click; syncs push them first.
    auto *outboxBadge = new OutboxBadge(m_db, this);
    statusBar()->addPermanentWidget(outboxBadge);
    connect(m_sync, &SyncController::storeChanged, outboxBadge, &OutboxBadge::refresh);
    connect(outboxBadge, &QToolButton::clicked, this, [this] {
        OutboxDialog dialog(m_db, this);
        connect(&dialog, &OutboxDialog::syncRequested, m_sync, &SyncController::syncNow);
        dialog.exec();
        reloadPanes();
    });
    for (DashboardPane *pane : std::as_const(m_panes)) {
        if (auto *products = qobject_cast<ProductsPane *>(pane))
            connect(products, &ProductsPane::syncRequested, m_sync, &SyncController::syncNow);
        if (auto *orders = qobject_cast<OrdersPane *>(pane))
            connect(orders, &OrdersPane::syncRequested, m_sync, &SyncController::syncNow);
    }
    auto *newOrders = new NewOrderNotifier(m_db, this); // a tray notice when a sync brings paid orders
    connect(m_sync, &SyncController::storeChanged, newOrders, &NewOrderNotifier::check);
    connect(m_status, &SyncStatusBar::cancelRequested, m_sync, &SyncController::cancel);
    connect(m_status, &SyncStatusBar::problemsRequested, this, &MainWindow::showProblems);

    // Tab goes round the window: the status bar, the date range (the toolbar puts it last), the
    // pane tabs, then the pane's controls, which follow the tabs.
    chainTabOrder({m_status, outboxBadge, m_dateRange, m_tabs});

    restoreSettings();
    connect(m_dateRange, &DateRangeSelector::rangeChanged, this, &MainWindow::applyDateRange);
    setSite(target.siteAddress, target.token, target.kind);
    reloadPanes();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_panes = {new OverviewPane(m_db, this), new TrafficPane(m_db, this),
               new FunnelsPane(m_db, this),  new ProductsPane(m_db, this),
               new OrdersPane(m_db, this),   new CustomersPane(m_db, this),
               new ReferralsPane(m_db, this)};
    for (DashboardPane *pane : std::as_const(m_panes)) {
        pane->setAccessibleName(pane->title());
        m_tabs->addTab(pane, pane->title());
    }
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *panes = new QActionGroup(this);
    for (int i = 0; i < m_panes.size(); ++i) {
        auto *show = new QAction(m_panes.at(i)->title(), panes);
        show->setObjectName(QStringLiteral("actionShowPane%1").arg(i + 1));
        show->setCheckable(true);
        show->setChecked(i == m_tabs->currentIndex());
        if (i < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] { showPane(i); });
        view->addAction(show);
    }
    connect(m_tabs, &QTabWidget::currentChanged, panes, [panes](int index) {
        if (QAction *current = panes->actions().value(index))
            current->setChecked(true);
    });
    const QList<QAction *> shown = panes->actions();
    m_tabs->tabBar()->setAccessibleDescription(
        tr("%1 to %2 switch panes")
            .arg(shown.constFirst()->shortcut().toString(QKeySequence::NativeText),
                 shown.constLast()->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showPane(int index)
{
    m_tabs->setCurrentIndex(index);
    QWidget *pane = m_tabs->currentWidget();
    for (QWidget *w = pane->nextInFocusChain(); w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::createActions()
{
    m_syncNow = new QAction(tr("&Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncNow->setToolTip(tr("Fetch what changed on the site (F5)"));
    connect(m_syncNow, &QAction::triggered, m_sync, &SyncController::syncNow);

    m_fullResync = new QAction(tr("&Full resync"), this);
    m_fullResync->setObjectName(QStringLiteral("actionFullResync"));
    m_fullResync->setToolTip(tr("List every record on the site again"));
    connect(m_fullResync, &QAction::triggered, m_sync, &SyncController::fullResync);

    m_cancel = new QAction(tr("&Cancel sync"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancelSync"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, m_sync, &SyncController::cancel);

    auto *problems = new QAction(tr("&Problems…"), this);
    problems->setObjectName(QStringLiteral("actionProblems"));
    connect(problems, &QAction::triggered, this, &MainWindow::showProblems);

    auto *switchShop = new QAction(tr("S&witch shop…"), this);
    switchShop->setObjectName(QStringLiteral("actionSwitchShop"));
    connect(switchShop, &QAction::triggered, this, &MainWindow::switchShopRequested);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *shop = menuBar()->addMenu(tr("&Shop"));
    shop->addAction(switchShop);
    shop->addSeparator();
    shop->addAction(quit);
    createViewMenu();
    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    sync->addAction(m_syncNow);
    sync->addAction(m_fullResync);
    sync->addAction(m_cancel);
    sync->addSeparator();
    sync->addAction(problems);
    auto *notices = new QAction(tr("New-order &notices…"), this);
    notices->setObjectName(QStringLiteral("actionNewOrderNotices"));
    connect(notices, &QAction::triggered, this, [this] { NotificationSettingsDialog(this).exec(); });
    sync->addAction(notices);

    auto *about = new QAction(tr("&About Yutang"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_dateRange);
    toolbar->addSeparator();
    toolbar->addAction(m_syncNow);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(switchShop);
}

void MainWindow::setSite(const QString &siteAddress, const QByteArray &token, const QString &kind)
{
    m_target.kind = kind;
    m_target.siteAddress = siteAddress;
    m_target.token = token;
    m_sync->setSite(siteAddress, token, kind);
    m_syncNow->setEnabled(m_sync->hasSite());
    m_fullResync->setEnabled(m_sync->hasSite());
}

void MainWindow::showError(const QString &text)
{
    m_errorBanner->setNotice(text);
}

void MainWindow::applyDateRange(const DateRange &range)
{
    for (DashboardPane *pane : std::as_const(m_panes))
        pane->setDateRange(range);
}

void MainWindow::reloadPanes()
{
    // A team server that went away and came back: the panes read through a connection opened
    // again (the sync's own connection does the same when it starts).
    QString lost;
    if (!m_db.reconnectIfLost(&lost))
        showError(lost);
    const ShopInfo shop = ShopInfo::load(m_db);
    setWindowTitle(shop.present ? tr("%1 — Yutang").arg(shop.name) : tr("Yutang"));
    // Today in the shop's zone; a preset range follows it (and sets every pane's range).
    m_dateRange->setToday(shop.calendar().today());
    for (DashboardPane *pane : std::as_const(m_panes)) {
        pane->setDateRange(m_dateRange->range());
        pane->reload();
    }
    if (m_problems)
        m_problems->reload();
    updateStoreStatus();
}

void MainWindow::updateStoreStatus()
{
    const ShopInfo shop = ShopInfo::load(m_db);
    const QString lastSync = m_db.meta(QStringLiteral("last_sync_at"));
    m_status->setLastSync(lastSync.isEmpty() ? QString()
                                             : shop.calendar().toShopTime(lastSync.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QSqlQuery q(m_db.connection());
    qint64 problems = 0;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM quarantine")) && q.next())
        problems = q.value(0).toLongLong();
    m_status->setProblemCount(problems);
    if (!m_sync->isRunning() && !m_sync->hasSite())
        m_status->setIdleText(tr("Offline: no site to sync from"));
}

void MainWindow::syncStarted(bool full)
{
    m_syncNow->setEnabled(false);
    m_fullResync->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->showStarted(full);
}

void MainWindow::syncFinished(const SyncResult &result)
{
    m_syncNow->setEnabled(m_sync->hasSite());
    m_fullResync->setEnabled(m_sync->hasSite());
    m_cancel->setEnabled(false);
    m_status->showFinished(result);
    if (result.status == SyncResult::Status::Failed) {
        QString advice;
        switch (result.failure) {
        case SyncResult::Failure::Unauthorized:
        case SyncResult::Failure::Forbidden:
            advice =
                m_target.kind == QLatin1String("woocommerce")
                    ? tr("Make a new key under WooCommerce → Settings → Advanced → REST API, then "
                         "use Switch shop to connect again.")
                    : tr("Make a new token in your site's admin, then use Switch shop to connect "
                         "again.");
            break;
        case SyncResult::Failure::Unreachable:
            advice = tr("Check the address and your network; the data already synced is still shown.");
            break;
        default:
            break;
        }
        showError(tr("Sync failed: %1").arg(result.error) + (advice.isEmpty() ? QString() : QLatin1Char('\n') + advice));
    } else if (result.status == SyncResult::Status::Ok) {
        showError({});
    }
    updateStoreStatus();
}

void MainWindow::showProblems()
{
    if (!m_problems)
        m_problems = new ProblemsDialog(m_db, this);
    else
        m_problems->reload();
    m_problems->show();
    m_problems->raise();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 760);
    const QDate today = ShopInfo::load(m_db).calendar().today();
    m_dateRange->setToday(today);
    m_dateRange->setRange(DateRange::fromSettingsValue(settings.value(QStringLiteral("dateRange")).toString(), today));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("mainWindow/pane"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/pane"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("dateRange"), m_dateRange->range().toSettingsValue());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_sync->isRunning())
        m_sync->cancel();
    event->accept();
}
