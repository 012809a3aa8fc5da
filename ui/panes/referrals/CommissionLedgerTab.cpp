#include "panes/referrals/CommissionLedgerTab.h"

#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/CommissionTotalsModel.h"
#include "itemmodels/StatusNames.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/DashboardChartView.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

CommissionLedgerTab::CommissionLedgerTab(Database &db, QWidget *parent)
    : QWidget(parent), m_ledger(new CommissionTableModel(db, this)),
      m_totals(new CommissionTotalsModel(db, this)), m_status(new QComboBox(this)),
      m_level(new QComboBox(this)), m_beneficiary(new QLineEdit(this)),
      m_table(new TablePanel(m_ledger, QStringLiteral("commissions"), this)),
      m_totalsTable(new TablePanel(static_cast<QAbstractItemModel *>(m_totals),
                                   QStringLiteral("commissionTotals"), this)),
      m_chart(new DashboardChartView(this))
{
    m_status->setObjectName(QStringLiteral("ledgerStatusFilter"));
    m_status->setAccessibleName(tr("Commission status"));
    m_status->setAccessibleDescription(tr("Show the bookings of one status only"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *code : {"pending", "confirmed", "paid", "reversed"})
        m_status->addItem(StatusNames::commissionStatus(QString::fromLatin1(code)),
                          QString::fromLatin1(code));
    m_level->setObjectName(QStringLiteral("ledgerLevelFilter"));
    m_level->setAccessibleName(tr("Level"));
    m_level->setAccessibleDescription(tr("Show the bookings of one referral level only"));
    m_level->addItem(tr("Any level"), 0);
    for (int level = 1; level <= 3; ++level)
        m_level->addItem(tr("Level %1").arg(level), level);
    m_beneficiary->setObjectName(QStringLiteral("ledgerBeneficiaryFilter"));
    m_beneficiary->setPlaceholderText(tr("Beneficiary id (statement)"));
    m_beneficiary->setClearButtonEnabled(true);
    m_beneficiary->setAccessibleName(tr("Beneficiary id"));
    m_beneficiary->setAccessibleDescription(
        tr("One member's commissions: their statement; Enter applies"));
    m_table->setEmptyText(tr("No commissions match."));
    m_table->setSearchHint(tr("Search by beneficiary or order…"));
    m_totalsTable->setSearchVisible(false);
    m_table->setTitle(tr("Commission bookings"), tr("One row per commission booked"));
    m_totalsTable->setTitle(tr("Commission totals"), tr("The bookings added up per status"));
    m_chart->setObjectName(QStringLiteral("ledgerStatusChart"));
    m_chart->setMinimumHeight(180);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("ledgerExportButton"));

    // The keyboard follows the page: the filter row, the totals and their chart, the bookings.
    chainTabOrder(
        {m_status, m_level, m_beneficiary, exportButton, m_totalsTable, m_chart, m_table});
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_level);
    filters->addWidget(m_beneficiary, 1);
    filters->addWidget(exportButton);
    auto *summary = new QSplitter(Qt::Horizontal, this);
    summary->addWidget(m_totalsTable);
    summary->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(summary);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CommissionLedgerTab::applyFilters);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CommissionLedgerTab::applyFilters);
    connect(m_beneficiary, &QLineEdit::editingFinished, this, &CommissionLedgerTab::applyFilters);
    connect(m_totals, &QAbstractItemModel::modelReset, this, &CommissionLedgerTab::updateChart);
    connect(m_chart, &DashboardChartView::rebuildRequested, this,
            &CommissionLedgerTab::updateChart);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        PaneExport::exportView(this, m_table->view(), QStringLiteral("commissions"));
    });
}

void CommissionLedgerTab::setDateRange(const DateRange &range)
{
    m_range = range;
    m_ledger->setDateRange(range);
    m_totals->setFilter(range, m_beneficiary->text().trimmed(), m_level->currentData().toInt());
}

void CommissionLedgerTab::reload()
{
    m_ledger->reload();
    m_totals->reload();
}

void CommissionLedgerTab::showStatement(const QString &customerId)
{
    m_beneficiary->setText(customerId);
    applyFilters();
}

void CommissionLedgerTab::applyFilters()
{
    const QString beneficiary = m_beneficiary->text().trimmed();
    const int level = m_level->currentData().toInt();
    m_ledger->setStatus(m_status->currentData().toString());
    m_ledger->setLevel(level);
    m_ledger->setBeneficiary(beneficiary);
    m_totals->setFilter(m_range, beneficiary, level);
}

void CommissionLedgerTab::updateChart()
{
    QChart *chart = DashboardChartView::newChart();
    chart->setTitle(tr("Commission by status"));
    auto *pie = new QPieSeries;
    QStringList shares; // the chart in words, as the totals table beside it says it
    for (int row = CommissionTotalsModel::Pending; row <= CommissionTotalsModel::Reversed; ++row) {
        const auto r = CommissionTotalsModel::Row(row);
        if (m_totals->amount(r) <= 0)
            continue;
        const QString status =
            m_totals->index(row, CommissionTotalsModel::Status).data().toString();
        pie->append(status, double(m_totals->amount(r)));
        shares << tr("%1: %2").arg(
            status, m_totals->index(row, CommissionTotalsModel::Amount).data().toString());
    }
    chart->addSeries(pie);
    m_chart->showChart(chart, shares.isEmpty() ? tr("No commission in this date range.")
                                               : shares.join(tr(", ")));
}
