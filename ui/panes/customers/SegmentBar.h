#pragma once

#include "customers/RfmThresholds.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QToolButton;

// The RFM segments as a row of checkable buttons, each with its name and how many customers are
// in it, its definition in the tooltip. Checking one filters the customer list to it; checking
// it again shows everyone.
class SegmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentBar(QWidget *parent = nullptr);

    void setCounts(const QList<qint64> &counts, const RfmThresholds &thresholds,
                   const QString &currency);
    int selectedSegment() const { return m_selected; } // -1: none
    QToolButton *button(int segment) const { return m_buttons.value(segment); }

Q_SIGNALS:
    void segmentSelected(int segment); // -1: all

private:
    QList<QToolButton *> m_buttons;
    int m_selected = -1;
};
