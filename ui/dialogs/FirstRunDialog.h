#pragma once

#include "store/StoreLocation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

// Shown when there is no shop yet (or with --connect, or from "Switch shop"): open the demo shop,
// connect a site (name, address, token; the token goes to the system keychain and nowhere else),
// or open a shop connected before.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Demo, Connect, SavedShop };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString profileName() const { return m_profileName; }
    // The token just stored, so the first sync needs no second keychain round trip.
    QByteArray token() const { return m_token; }

    void accept() override;

private:
    void updateForm();
    void showError(const QString &text);
    void tokenStored(bool ok, const QString &error);
    void storePasswordStored(bool ok, const QString &error);
    void saveProfile();

    QRadioButton *m_demo;
    QRadioButton *m_connect;
    QRadioButton *m_saved;
    QComboBox *m_savedProfiles;
    QWidget *m_connectForm;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_tokenEdit;
    QLineEdit *m_storeEdit;         // empty: a local SQLite store; or postgresql://... (team mode)
    QLineEdit *m_storePasswordEdit; // the team database's password, for the keychain
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Choice m_choice = Choice::Demo;
    QString m_profileName;
    QString m_pendingAddress;
    QString m_pendingStore;
    StoreLocation m_pendingLocation;
    QByteArray m_token;
};
