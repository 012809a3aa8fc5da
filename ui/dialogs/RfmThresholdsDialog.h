#pragma once

#include "customers/RfmThresholds.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// Where the RFM segments draw their lines, with each segment's definition updated as the values
// change; OK stays disabled while the values contradict each other, with the reason shown.
class RfmThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    RfmThresholdsDialog(const RfmThresholds &thresholds, const QString &currency,
                        QWidget *parent = nullptr);
    RfmThresholds thresholds() const;

private:
    void update();

    QString m_currency;
    QSpinBox *m_recent;
    QSpinBox *m_lapsed;
    QSpinBox *m_repeat;
    QDoubleSpinBox *m_spend;
    QLabel *m_definitions;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
