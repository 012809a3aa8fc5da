#include "panes/customers/CohortsTab.h"

#include "analytics/TrafficSource.h"
#include "itemmodels/CohortMatrixModel.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TabOrder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

CohortsTab::CohortsTab(Database &db, QWidget *parent)
    : QWidget(parent), m_primary(new CohortMatrixModel(db, this)),
      m_compared(new CohortMatrixModel(db, this)), m_primaryTitle(new QLabel(this)),
      m_comparedTitle(new QLabel(this)), m_help(new QLabel(this))
{
    setObjectName(QStringLiteral("cohortsTab"));
    m_primaryView = makeView(m_primary, QStringLiteral("cohortView"));
    m_primaryView->setAccessibleName(tr("Cohort heat map"));
    m_comparedView = makeView(m_compared, QStringLiteral("cohortCompareView"));
    m_comparedView->setAccessibleName(tr("Compared cohort heat map"));

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("cohortUnit"));
    m_unit->setAccessibleName(tr("Cohorts by"));
    m_unit->addItem(tr("By month"), int(CohortMatrixModel::Unit::Month));
    m_unit->addItem(tr("By week"), int(CohortMatrixModel::Unit::Week));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("cohortMeasure"));
    m_measure->setAccessibleName(tr("Figure"));
    m_measure->addItem(tr("Bought again"), int(CohortMatrixModel::Measure::RepeatShare));
    m_measure->addItem(tr("Revenue per customer, cumulative"),
                       int(CohortMatrixModel::Measure::RevenuePerCustomer));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("cohortCount"));
    m_count->setAccessibleName(tr("How many cohorts"));
    m_count->setRange(2, 60);
    m_count->setValue(12);
    m_count->setPrefix(tr("Last "));
    m_channel = channelBox(QStringLiteral("cohortChannel"), tr("All channels"));
    m_channel->setAccessibleName(tr("Acquisition channel"));
    m_compare = channelBox(QStringLiteral("cohortCompare"), tr("No comparison"));
    m_compare->setAccessibleName(tr("Compare with"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("cohortExportButton"));

    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_unit);
    row->addWidget(m_count);
    row->addWidget(m_measure);
    row->addWidget(m_channel);
    row->addWidget(new QLabel(tr("beside"), controls));
    row->addWidget(m_compare);
    row->addStretch();
    row->addWidget(exportButton);

    auto *primaryPanel = new QWidget(this);
    auto *primaryLayout = new QVBoxLayout(primaryPanel);
    primaryLayout->setContentsMargins(0, 0, 0, 0);
    primaryLayout->addWidget(m_primaryTitle);
    primaryLayout->addWidget(m_primaryView);
    m_comparedPanel = new QWidget(this);
    auto *comparedLayout = new QVBoxLayout(m_comparedPanel);
    comparedLayout->setContentsMargins(0, 0, 0, 0);
    comparedLayout->addWidget(m_comparedTitle);
    comparedLayout->addWidget(m_comparedView);
    auto *maps = new QHBoxLayout;
    maps->addWidget(primaryPanel);
    maps->addWidget(m_comparedPanel);
    m_help->setObjectName(QStringLiteral("cohortHelp"));
    m_help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(maps, 1);
    layout->addWidget(m_help);
    chainTabOrder({controls, m_primaryView, m_comparedView});

    for (QComboBox *box : {m_unit, m_measure, m_channel, m_compare})
        connect(box, &QComboBox::currentIndexChanged, this, &CohortsTab::apply);
    connect(m_count, &QSpinBox::valueChanged, this, &CohortsTab::apply);
    connect(exportButton, &QPushButton::clicked, this,
            [this] { PaneExport::exportView(this, m_primaryView, QStringLiteral("cohorts")); });
    apply();
}

QTableView *CohortsTab::makeView(CohortMatrixModel *model, const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAccessibleDescription(
        tr("Rows: cohorts by first paid order; columns: periods after it"));
    return view;
}

QComboBox *CohortsTab::channelBox(const QString &objectName, const QString &firstItem)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(firstItem, QString());
    for (const QString &channel : TrafficSource::channels())
        box->addItem(TrafficSource::channelDisplayName(channel), channel);
    box->addItem(tr("First visit not on record"), QStringLiteral("-"));
    return box;
}

void CohortsTab::apply()
{
    const auto unit = CohortMatrixModel::Unit(m_unit->currentData().toInt());
    const auto measure = CohortMatrixModel::Measure(m_measure->currentData().toInt());
    m_count->setSuffix(unit == CohortMatrixModel::Unit::Month ? tr(" months") : tr(" weeks"));
    const bool comparing = m_compare->currentIndex() > 0;
    m_comparedPanel->setVisible(comparing);
    struct Side
    {
        CohortMatrixModel *model;
        QComboBox *channel;
        QLabel *title;
    };
    for (const Side &side : {Side{m_primary, m_channel, m_primaryTitle},
                             Side{m_compared, m_compare, m_comparedTitle}}) {
        side.model->setUnit(unit);
        side.model->setMeasure(measure);
        side.model->setCohortCount(m_count->value());
        side.model->setChannel(side.channel->currentData().toString());
        side.title->setText(QStringLiteral("<b>%1</b>")
                                .arg(side.channel->currentIndex() == 0
                                         ? tr("All channels")
                                         : side.channel->currentText()));
        if (side.model == m_primary || comparing)
            side.model->reload();
    }
    m_help->setText(
        measure == CohortMatrixModel::Measure::RepeatShare
            ? tr("Each row is the customers whose first paid order fell in that period (shop "
                 "time). A cell is the share of them who bought again in the period after it: in "
                 "the first period, a second paid order; later, any paid order. Empty cells have "
                 "not begun yet.")
            : tr("Each row is the customers whose first paid order fell in that period (shop "
                 "time). A cell is their paid revenue from the first order through that period, "
                 "per customer of the cohort. Empty cells have not begun yet."));
}

void CohortsTab::reload()
{
    apply();
}
