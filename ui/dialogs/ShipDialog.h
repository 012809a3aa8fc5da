#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Carrier and tracking number for shipping one order.
class ShipDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShipDialog(const QString &orderNumber, QWidget *parent = nullptr);
    QString carrier() const;
    QString trackingNumber() const;
    void accept() override;

private:
    QComboBox *m_carrier;
    QLineEdit *m_tracking;
};
