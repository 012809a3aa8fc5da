#include "panes/customers/SegmentBar.h"

#include "customers/RfmSegment.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

SegmentBar::SegmentBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentBar"));
    setAccessibleName(tr("Customer segments"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (int s = 0; s < RfmSegment::Count; ++s) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("segment_%1").arg(RfmSegment::key(s)));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        row->addWidget(button);
        m_buttons.append(button);
        connect(button, &QToolButton::clicked, this, [this, s](bool checked) {
            m_selected = checked ? s : -1;
            for (int other = 0; other < m_buttons.size(); ++other) {
                if (other != s)
                    m_buttons.at(other)->setChecked(false);
            }
            Q_EMIT segmentSelected(m_selected);
        });
    }
    setCounts(QList<qint64>(RfmSegment::Count, 0), RfmThresholds(), QStringLiteral("CNY"));
}

void SegmentBar::setCounts(const QList<qint64> &counts, const RfmThresholds &thresholds,
                           const QString &currency)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    for (int s = 0; s < m_buttons.size(); ++s) {
        const qint64 count = counts.value(s);
        const QString share =
            total > 0 ? QLocale().toString(100.0 * double(count) / double(total), 'f', 1) +
                            QLatin1Char('%')
                      : QString();
        QToolButton *button = m_buttons.at(s);
        button->setText(
            tr("%1\n%2 · %3").arg(RfmSegment::name(s), QLocale().toString(count), share));
        const QString definition = RfmSegment::definition(s, thresholds, currency);
        button->setToolTip(definition);
        button->setAccessibleName(
            tr("%1: %2 customers").arg(RfmSegment::name(s), QLocale().toString(count)));
        button->setAccessibleDescription(definition);
    }
}
