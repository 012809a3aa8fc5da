#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits one product: title, category, price in yuan, stock, status. fields() holds only what
// changed, validated (price >= 0 with two decimals at most, stock a whole number).
class ProductEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` in the contract's form: title, category, price (fen), stock, status.
    ProductEditDialog(const QJsonObject &current, QWidget *parent = nullptr);
    QJsonObject fields() const { return m_fields; }

    void accept() override;

private:
    QJsonObject m_current, m_fields;
    QLineEdit *m_title, *m_category, *m_price;
    QSpinBox *m_stock;
    QComboBox *m_status;
    QLabel *m_error;
};
