#include "sync/SyncStatusBar.h"

#include "widgets/ColorScheme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

SyncStatusBar::SyncStatusBar(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_lastSync(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_problems(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_problems->setObjectName(QStringLiteral("problemsButton"));
    m_status->setAccessibleName(tr("Sync status"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setAccessibleDescription(tr("Stop the sync; what arrived so far is kept"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_problems->setAutoRaise(true);
    m_problems->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_problems);
    layout->addWidget(m_lastSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusBar::cancelRequested);
    connect(m_problems, &QToolButton::clicked, this, &SyncStatusBar::problemsRequested);
    setIdleText(tr("Ready"));
}

void SyncStatusBar::showStarted(bool full)
{
    ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Normal);
    m_status->setText(full ? tr("Full resync…") : tr("Syncing…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void SyncStatusBar::showProgress(const SyncProgress &progress)
{
    qint64 records = 0;
    for (const CollectionCounts &counts : progress.collections)
        records += counts.received + counts.deleted;
    if (progress.collectionsTotal > 0) {
        m_progress->setRange(0, progress.collectionsTotal);
        m_progress->setValue(progress.collectionsDone);
        m_progress->setFormat(tr("%1 of %2 collections").arg(progress.collectionsDone).arg(progress.collectionsTotal));
    }
    m_status->setText(tr("Syncing… %1 records").arg(QLocale().toString(records)));
}

void SyncStatusBar::showMessage(const QString &text)
{
    m_status->setText(text);
}

void SyncStatusBar::showFinished(const SyncResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    qint64 records = 0;
    for (const CollectionCounts &counts : result.progress.collections)
        records += counts.received + counts.deleted;
    switch (result.status) {
    case SyncResult::Status::Ok:
        ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Normal);
        m_status->setText(tr("Synced: %1 records updated").arg(QLocale().toString(records)));
        break;
    case SyncResult::Status::Cancelled:
        ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Normal);
        m_status->setText(tr("Sync cancelled — what arrived so far is kept."));
        break;
    case SyncResult::Status::Failed:
        if (result.failure == SyncResult::Failure::Locked) {
            // Not an error: another desktop is syncing this team store ("Syncing on <host> …").
            ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Normal);
            m_status->setText(result.error);
            break;
        }
        ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Error);
        m_status->setText(tr("Sync failed: %1").arg(result.error));
        break;
    }
}

void SyncStatusBar::setLastSync(const QString &shopTimeText)
{
    m_lastSync->setText(shopTimeText.isEmpty() ? tr("Never synced") : tr("Last sync: %1").arg(shopTimeText));
}

void SyncStatusBar::setProblemCount(qint64 count)
{
    m_problems->setVisible(count > 0);
    m_problems->setText(tr("⚠ %n problem(s)", nullptr, int(count)));
    m_problems->setToolTip(tr("Records the site sent that could not be stored. Click to see them."));
}

void SyncStatusBar::setIdleText(const QString &text)
{
    ColorScheme::setTextTone(m_status, ColorScheme::TextTone::Normal);
    m_status->setText(text);
}

QString SyncStatusBar::statusText() const
{
    return m_status->text();
}
