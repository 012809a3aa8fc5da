#include "panes/referrals/AnomaliesTab.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralAnomalyTableModel.h"
#include "panes/traffic/PaneExport.h"
#include "referrals/ReferralAnomalyFinder.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

AnomaliesTab::AnomaliesTab(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(new ReferralAnomalyTableModel(this)),
      m_threshold(new QSpinBox(this)),
      m_table(new TablePanel(static_cast<QAbstractItemModel *>(m_model),
                             QStringLiteral("anomalies"), this))
{
    m_threshold->setObjectName(QStringLiteral("anomaliesBurstThreshold"));
    m_threshold->setRange(1, 10000);
    m_threshold->setValue(ReferralAnomalyFinder::burstThreshold());
    m_threshold->setToolTip(
        tr("A burst is more registrations than this under one inviter in one shop day"));
    m_table->setEmptyText(tr("No referral anomalies."));
    m_table->setTitle(tr("Referral anomalies"), tr("Enter shows the member in the tree"));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("anomaliesExportButton"));
    chainTabOrder({m_threshold, exportButton, m_table}); // the row above the table comes first
    auto *top = new QHBoxLayout;
    auto *caption = new QLabel(tr("Burst &threshold (registrations a day):"), this);
    caption->setBuddy(m_threshold);
    m_threshold->setAccessibleName(tr("Burst threshold"));
    m_threshold->setAccessibleDescription(m_threshold->toolTip());
    top->addWidget(caption);
    top->addWidget(m_threshold);
    top->addStretch(1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_threshold, &QSpinBox::editingFinished, this, [this] {
        ReferralAnomalyFinder::setBurstThreshold(m_threshold->value());
        reload();
    });
    connect(m_table->view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT memberActivated(index.data(ItemRoles::RecordIdRole).toString());
    });
    connect(exportButton, &QPushButton::clicked, this,
            [this] { PaneExport::exportView(this, m_table->view(), QStringLiteral("anomalies")); });
}

void AnomaliesTab::reload()
{
    m_model->runFinder(m_db, m_threshold->value());
}
