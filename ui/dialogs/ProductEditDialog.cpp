#include "dialogs/ProductEditDialog.h"

#include "core/Money.h"
#include "itemmodels/StatusNames.h"
#include "outbox/EditRules.h"
#include "widgets/ColorScheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

ProductEditDialog::ProductEditDialog(const QJsonObject &current, QWidget *parent)
    : QDialog(parent), m_current(current), m_title(new QLineEdit(this)),
      m_category(new QLineEdit(this)), m_price(new QLineEdit(this)), m_stock(new QSpinBox(this)),
      m_status(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("productEditDialog"));
    setWindowTitle(tr("Edit product"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_stock->setObjectName(QStringLiteral("stockEdit"));
    m_title->setText(current.value(QLatin1String("title")).toString());
    m_category->setText(current.value(QLatin1String("category")).toString());
    m_price->setText(Money::toDecimal(current.value(QLatin1String("price")).toInteger()));
    m_stock->setRange(0, 99999999);
    m_stock->setValue(int(current.value(QLatin1String("stock")).toInteger()));
    for (const QString &s : EditRules::productStatuses())
        m_status->addItem(StatusNames::productStatus(s), s);
    m_status->setCurrentIndex(
        m_status->findData(current.value(QLatin1String("status")).toString()));
    ColorScheme::setTextTone(m_error, ColorScheme::TextTone::Error);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Price (¥)"), m_price);
    form->addRow(tr("Stock"), m_stock);
    form->addRow(tr("Status"), m_status);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductEditDialog::reject);
}

void ProductEditDialog::accept()
{
    qint64 price = 0;
    if (!Money::parseDecimal(m_price->text().trimmed(), &price) || price < 0) {
        m_error->setText(tr("Enter a price in yuan of at least 0, such as 199.00."));
        return;
    }
    const QJsonObject edited{{QStringLiteral("title"), m_title->text().trimmed()},
                             {QStringLiteral("category"), m_category->text().trimmed()},
                             {QStringLiteral("price"), price},
                             {QStringLiteral("stock"), qint64(m_stock->value())},
                             {QStringLiteral("status"), m_status->currentData().toString()}};
    m_fields = {};
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        if (it.value() != m_current.value(it.key()))
            m_fields.insert(it.key(), it.value());
    }
    QString error;
    if (!m_fields.isEmpty() && !EditRules::validateProduct(m_fields, &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}
