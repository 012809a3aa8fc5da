#pragma once

#include "sync/SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

// The status bar's sync corner: state and last sync time (shop time), a progress bar with a
// Cancel button while a sync runs, and a "Problems" button counting quarantined records.
class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    void showStarted(bool full);
    void showProgress(const SyncProgress &progress);
    void showMessage(const QString &text);
    void showFinished(const SyncResult &result);
    void setLastSync(const QString &shopTimeText);
    void setProblemCount(qint64 count);
    void setIdleText(const QString &text);
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();
    void problemsRequested();

private:
    QLabel *m_status;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QToolButton *m_problems;
};
