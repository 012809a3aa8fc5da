#include "panes/referrals/AuditTab.h"

#include "itemmodels/AuditFindingTableModel.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TablePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditTab::AuditTab(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new AuditFindingTableModel(this)),
      m_table(new TablePanel(static_cast<QAbstractItemModel *>(m_model), QStringLiteral("audit"),
                             this)),
      m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_table->setEmptyText(tr("No differences: every booking matches the referral rules."));
    m_table->searchBox()->setPlaceholderText(tr("Search findings by order or member id…"));
    auto *run = new QPushButton(tr("Run audit"), this);
    run->setObjectName(QStringLiteral("auditRunButton"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(run);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(run, &QPushButton::clicked, this, &AuditTab::runAudit);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { PaneExport::exportView(this, m_table->view(), QStringLiteral("audit")); });
}

void AuditTab::invalidate()
{
    m_stale = true;
    if (isVisible())
        runAudit();
}

void AuditTab::runAudit()
{
    m_stale = false;
    m_model->runAudit(m_db);
    m_summary->setText(summary());
}

QString AuditTab::summary() const
{
    const int n = int(m_model->allFindings().size());
    return n == 0 ? tr("The site booked every commission as the rules say.")
                  : tr("%n booking difference(s) with the referral rules (rates from the shop's "
                       "rates_bp).",
                       nullptr, n);
}

void AuditTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        runAudit();
}
