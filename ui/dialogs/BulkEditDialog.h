#pragma once

#include "outbox/BulkEdit.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// One change for every selected product: set status, set or adjust the price (by yuan or
// percent), or set the stock.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkEditDialog(int productCount, QWidget *parent = nullptr);
    BulkEdit edit() const { return m_edit; }
    void accept() override;

private:
    void kindChanged();

    BulkEdit m_edit;
    QComboBox *m_kind, *m_status;
    QLineEdit *m_value;
    QLabel *m_hint, *m_error;
};
