#include "dialogs/RfmThresholdsDialog.h"

#include "core/Money.h"
#include "customers/RfmSegment.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RfmThresholdsDialog::RfmThresholdsDialog(const RfmThresholds &thresholds, const QString &currency,
                                         QWidget *parent)
    : QDialog(parent), m_currency(currency), m_recent(new QSpinBox(this)),
      m_lapsed(new QSpinBox(this)), m_repeat(new QSpinBox(this)), m_spend(new QDoubleSpinBox(this)),
      m_definitions(new QLabel(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rfmThresholdsDialog"));
    setWindowTitle(tr("Customer segments"));
    m_recent->setObjectName(QStringLiteral("rfmRecentDays"));
    m_recent->setRange(1, 3650);
    m_recent->setSuffix(tr(" days"));
    m_recent->setValue(thresholds.recentDays);
    m_lapsed->setObjectName(QStringLiteral("rfmLapsedDays"));
    m_lapsed->setRange(2, 3650);
    m_lapsed->setSuffix(tr(" days"));
    m_lapsed->setValue(thresholds.lapsedDays);
    m_repeat->setObjectName(QStringLiteral("rfmRepeatOrders"));
    m_repeat->setRange(2, 1000);
    m_repeat->setValue(thresholds.repeatOrders);
    m_spend->setObjectName(QStringLiteral("rfmChampionSpend"));
    m_spend->setRange(0, 100000000);
    m_spend->setDecimals(2);
    m_spend->setPrefix(Money::symbol(currency));
    m_spend->setValue(double(thresholds.championSpend) / 100.0);
    m_definitions->setObjectName(QStringLiteral("rfmDefinitions"));
    m_definitions->setWordWrap(true);
    m_definitions->setTextFormat(Qt::RichText);
    m_problem->setObjectName(QStringLiteral("rfmProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("A recent order is at most"), m_recent);
    form->addRow(tr("A customer has lapsed after"), m_lapsed);
    form->addRow(tr("A repeat buyer has at least (paid orders)"), m_repeat);
    form->addRow(tr("A champion has spent at least"), m_spend);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_definitions);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *box : {m_recent, m_lapsed, m_repeat})
        connect(box, &QSpinBox::valueChanged, this, &RfmThresholdsDialog::update);
    connect(m_spend, &QDoubleSpinBox::valueChanged, this, &RfmThresholdsDialog::update);
    update();
}

RfmThresholds RfmThresholdsDialog::thresholds() const
{
    RfmThresholds t;
    t.recentDays = m_recent->value();
    t.lapsedDays = m_lapsed->value();
    t.repeatOrders = m_repeat->value();
    t.championSpend = qRound64(m_spend->value() * 100.0);
    return t;
}

void RfmThresholdsDialog::update()
{
    const RfmThresholds t = thresholds();
    QStringList lines;
    for (int s = 0; s < RfmSegment::Count; ++s)
        lines << QStringLiteral("<b>%1</b>: %2")
                     .arg(RfmSegment::name(s).toHtmlEscaped(),
                          RfmSegment::definition(s, t, m_currency).toHtmlEscaped());
    m_definitions->setText(lines.join(QStringLiteral("<br>")));
    m_problem->setText(t.problem());
    m_problem->setVisible(!t.isValid());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.isValid());
}
