#include "dialogs/BulkEditDialog.h"

#include "core/Money.h"
#include "itemmodels/StatusNames.h"
#include "outbox/EditRules.h"
#include "widgets/ColorScheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

BulkEditDialog::BulkEditDialog(int productCount, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_status(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_hint(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit %n product(s)", nullptr, productCount));
    m_kind->addItem(tr("Set status"), int(BulkEdit::Kind::SetStatus));
    m_kind->addItem(tr("Set price"), int(BulkEdit::Kind::SetPrice));
    m_kind->addItem(tr("Change price by an amount"), int(BulkEdit::Kind::AdjustPriceAmount));
    m_kind->addItem(tr("Change price by a percent"), int(BulkEdit::Kind::AdjustPricePercent));
    m_kind->addItem(tr("Set stock"), int(BulkEdit::Kind::SetStock));
    for (const QString &s : EditRules::productStatuses())
        m_status->addItem(StatusNames::productStatus(s), s);
    ColorScheme::setTextTone(m_error, ColorScheme::TextTone::Error);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Change"), m_kind);
    form->addRow(tr("Status"), m_status);
    form->addRow(m_hint, m_value);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkEditDialog::kindChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    kindChanged();
}

void BulkEditDialog::kindChanged()
{
    const auto kind = BulkEdit::Kind(m_kind->currentData().toInt());
    m_status->setEnabled(kind == BulkEdit::Kind::SetStatus);
    m_value->setEnabled(kind != BulkEdit::Kind::SetStatus);
    switch (kind) {
    case BulkEdit::Kind::SetPrice:
        m_hint->setText(tr("Price (¥)"));
        break;
    case BulkEdit::Kind::AdjustPriceAmount:
        m_hint->setText(tr("Yuan to add (negative lowers)"));
        break;
    case BulkEdit::Kind::AdjustPricePercent:
        m_hint->setText(tr("Percent (−10 lowers by 10 %)"));
        break;
    case BulkEdit::Kind::SetStock:
        m_hint->setText(tr("Stock"));
        break;
    case BulkEdit::Kind::SetStatus:
        m_hint->setText(tr("Value"));
        break;
    }
}

void BulkEditDialog::accept()
{
    m_edit = {};
    m_edit.kind = BulkEdit::Kind(m_kind->currentData().toInt());
    const QString text = m_value->text().trimmed();
    bool ok = true;
    switch (m_edit.kind) {
    case BulkEdit::Kind::SetStatus:
        m_edit.status = m_status->currentData().toString();
        break;
    case BulkEdit::Kind::SetPrice:
    case BulkEdit::Kind::AdjustPriceAmount:
        ok = Money::parseDecimal(text, &m_edit.amount) &&
             (m_edit.kind != BulkEdit::Kind::SetPrice || m_edit.amount >= 0);
        break;
    case BulkEdit::Kind::AdjustPricePercent:
        m_edit.percent = text.toDouble(&ok);
        ok = ok && m_edit.percent >= -100;
        break;
    case BulkEdit::Kind::SetStock:
        m_edit.amount = text.toLongLong(&ok);
        ok = ok && m_edit.amount >= 0;
        break;
    }
    if (!ok) {
        m_error->setText(tr("Enter a valid number."));
        return;
    }
    QDialog::accept();
}
