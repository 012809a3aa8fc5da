#include "panes/referrals/AuditTab.h"

#include "itemmodels/AuditFindingTableModel.h"
#include "panes/traffic/PaneExport.h"
#include "referrals/CommissionAuditor.h"
#include "referrals/ReferralGraph.h"
#include "store/Database.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

AuditTab::AuditTab(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new AuditFindingTableModel(this)),
      m_table(new TablePanel(static_cast<QAbstractItemModel *>(m_model), QStringLiteral("audit"),
                             this)),
      m_summary(new QLabel(this)), m_runButton(new QPushButton(tr("Run audit"), this))
{
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_table->setTitle(tr("Audit findings"),
                      tr("Bookings that differ from what the referral rules give"));
    m_table->setEmptyText(tr("No differences: every booking matches the referral rules."));
    m_table->setSearchHint(tr("Search findings by order or member id…"));
    QPushButton *run = m_runButton;
    run->setObjectName(QStringLiteral("auditRunButton"));
    run->setToolTip(tr("Check every booking against the referral rules again"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    chainTabOrder({run, exportButton, m_table}); // the buttons above the table come first
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

AuditTab::~AuditTab()
{
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
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
    const int generation = ++m_generation;
    struct Result
    {
        QList<AuditFinding> findings;
        ShopInfo shop;
        QString error;
    };
    auto result = std::make_shared<Result>();
    Database *db = &m_db;
    QThread *worker = QThread::create([db, result] {
        // A connection belongs to the thread that opens it: this one is the worker's.
        auto own = db->clone(&result->error);
        if (!own)
            return;
        result->findings = CommissionAuditor::run(*own, ReferralGraph::load(*own));
        result->shop = ShopInfo::load(*own);
    });
    ++m_running;
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    m_runButton->setEnabled(false);
    m_summary->setText(tr("Checking every booking against the referral rules…"));
    QPointer<AuditTab> self(this);
    connect(worker, &QThread::finished, this, [self, worker, result, generation] {
        worker->deleteLater();
        if (!self)
            return;
        const bool current = generation == self->m_generation;
        if (current) {
            if (result->error.isEmpty())
                self->m_model->setFindings(result->findings, result->shop);
        }
        if (--self->m_running == 0)
            self->m_runButton->setEnabled(true);
        if (!current)
            return;
        self->m_summary->setText(
            result->error.isEmpty()
                ? self->summary()
                : tr("The audit could not read the store: %1").arg(result->error));
        Q_EMIT self->auditFinished();
    });
    worker->start();
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
