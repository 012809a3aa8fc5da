#pragma once

#include "itemmodels/DateRange.h"
#include "mainwindow/ShopTarget.h"
#include "sync/SyncTypes.h"

#include <QList>
#include <QMainWindow>

class Database;
class DashboardPane;
class DateRangeSelector;
class NoticeLabel;
class ProblemsDialog;
class QAction;
class QTabWidget;
class SyncController;
class SyncStatusBar;

// Assembles the panes (概览 流量 漏斗 商品 订单 分销), the shared date range, the sync actions and the
// status bar. The panes do the work; this only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &db, const ShopTarget &target, QWidget *parent = nullptr);
    ~MainWindow() override;

    SyncController *syncController() const { return m_sync; }
    QList<DashboardPane *> panes() const { return m_panes; }
    DateRangeSelector *dateRangeSelector() const { return m_dateRange; }
    // Sets the sync source once the secret is known (it may come from the keychain later). `kind`:
    // SiteConnector::id(); empty: Yutang's site API.
    void setSite(const QString &siteAddress, const QByteArray &token, const QString &kind = {});
    // Shown above the panes until the next successful sync (keychain errors, a dead demo site...).
    void showError(const QString &text);

public Q_SLOTS:
    void reloadPanes();
    void showProblems();
    void showAbout();

Q_SIGNALS:
    void switchShopRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // View → one action per pane, Ctrl+1 … Ctrl+N.
    void createViewMenu();
    void createPanes();
    // Shows the pane and puts the keyboard on its first control.
    void showPane(int index);
    void applyDateRange(const DateRange &range);
    void syncStarted(bool full);
    void syncFinished(const SyncResult &result);
    void updateStoreStatus();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    ShopTarget m_target;
    SyncController *m_sync;
    QTabWidget *m_tabs;
    NoticeLabel *m_errorBanner;
    DateRangeSelector *m_dateRange;
    SyncStatusBar *m_status;
    ProblemsDialog *m_problems = nullptr;
    QList<DashboardPane *> m_panes;
    QAction *m_syncNow = nullptr;
    QAction *m_fullResync = nullptr;
    QAction *m_cancel = nullptr;
};
