#include "dialogs/ShipDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

ShipDialog::ShipDialog(const QString &orderNumber, QWidget *parent)
    : QDialog(parent), m_carrier(new QComboBox(this)), m_tracking(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Ship order %1").arg(orderNumber));
    m_carrier->setEditable(true);
    m_carrier->addItems({QStringLiteral("SF"), QStringLiteral("YTO"), QStringLiteral("ZTO"),
                         QStringLiteral("STO"), QStringLiteral("YUNDA"), QStringLiteral("JD"),
                         QStringLiteral("EMS")});
    auto *form = new QFormLayout(this);
    form->addRow(tr("Carrier"), m_carrier);
    form->addRow(tr("Tracking number"), m_tracking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShipDialog::reject);
}

QString ShipDialog::carrier() const
{
    return m_carrier->currentText().trimmed();
}

QString ShipDialog::trackingNumber() const
{
    return m_tracking->text().trimmed();
}

void ShipDialog::accept()
{
    if (carrier().isEmpty() || trackingNumber().isEmpty())
        return; // both are required
    QDialog::accept();
}
