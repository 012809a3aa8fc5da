#include "dialogs/NotificationSettingsDialog.h"

#include "core/Money.h"
#include "mainwindow/NewOrderNotifier.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NotificationSettingsDialog::NotificationSettingsDialog(QWidget *parent)
    : QDialog(parent),
      m_enabled(new QCheckBox(tr("Tell me when a sync brings new paid orders"), this)),
      m_minimum(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    setWindowTitle(tr("New-order notices"));
    m_enabled->setChecked(NewOrderNotifier::enabled());
    m_minimum->setText(Money::toDecimal(NewOrderNotifier::minimumAmount()));
    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Only orders from (¥)"), m_minimum);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NotificationSettingsDialog::reject);
}

void NotificationSettingsDialog::accept()
{
    qint64 fen = 0;
    if (!Money::parseDecimal(m_minimum->text().trimmed(), &fen) || fen < 0) {
        m_error->setText(tr("Enter an amount in yuan, such as 100.00."));
        return;
    }
    NewOrderNotifier::setEnabled(m_enabled->isChecked());
    NewOrderNotifier::setMinimumAmount(fen);
    QDialog::accept();
}
