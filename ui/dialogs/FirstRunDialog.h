#pragma once

#include "store/StoreLocation.h"

#include <QDialog>

class ConnectShopForm;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

// Shown when there is no shop yet (or with --connect, or from "Switch shop"): open the demo shop,
// connect a site (its kind, name, address and secret, which goes to the system keychain and
// nowhere else; see ConnectShopForm), or open a shop connected before.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Demo, Connect, SavedShop };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QString profileName() const { return m_profileName; }
    // The secret just stored (packed for its kind), so the first sync needs no second keychain
    // round trip.
    QByteArray token() const { return m_token; }
    ConnectShopForm *connectForm() const { return m_connectForm; }

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
    ConnectShopForm *m_connectForm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Choice m_choice = Choice::Demo;
    QString m_profileName;
    QString m_pendingKind;
    QString m_pendingAddress;
    QString m_pendingStore;
    StoreLocation m_pendingLocation;
    QByteArray m_token;
};
