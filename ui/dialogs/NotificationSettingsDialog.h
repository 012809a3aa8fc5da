#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Turns the new-paid-order notice on or off and sets the minimum order amount (in yuan).
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationSettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QCheckBox *m_enabled;
    QLineEdit *m_minimum;
    QLabel *m_error;
};
