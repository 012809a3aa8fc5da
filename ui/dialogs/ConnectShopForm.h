#pragma once

#include "sync/SiteProbe.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class SiteConnector;

// The fields for connecting a shop's site: the kind of site (SiteKinds), a name, the address, the
// secret parts the kind asks for (a token; a consumer key and secret), help for the kind, a
// connection test through the kind's SiteProbe, and where the store lives. Checks what was
// entered; saving is the dialog's.
class ConnectShopForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectShopForm(QWidget *parent = nullptr);
    ~ConnectShopForm() override;

    const SiteConnector *connector() const;
    QString kind() const; // SiteConnector::id()
    void setKind(const QString &kind);
    QString profileName() const;
    QString storeText() const;
    QString storePassword() const;
    // The line edit of one of the kind's secret parts (SiteConnector::secretParts()).
    QLineEdit *secretEdit(const QString &part) const;
    // The fields in tab order, for the dialog's tab chain.
    QList<QWidget *> tabOrder() const;
    bool isTesting() const { return m_probe != nullptr; }

    // Checks the address and the secret parts; on success gives the address to keep and the
    // packed secret for the keychain.
    bool checkSite(QString *siteAddress, QByteArray *secret, QString *error) const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    // After each test. `tested` is false when the kind has no connection test yet.
    void testFinished(const SiteProbeResult &result, bool tested);
    // The help or the test result changed its text (and height).
    void contentChanged();

private:
    void kindChanged();
    void inputChanged();
    void abandonTest();
    void showTestBusy(bool busy);
    void showResult(const SiteProbeResult &result);
    void showNoProbe();
    static QString partLabel(const QString &part);
    static QString partName(const QString &part); // in a sentence: "consumer key"
    static QString partPlaceholder(const QString &part);
    QString kindHelp(const SiteConnector &kind) const;

    QComboBox *m_kind;
    QLabel *m_help;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QFormLayout *m_form;
    QHash<QString, QList<QLineEdit *>> m_secrets; // per kind id, in secretParts() order
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLineEdit *m_storeEdit;         // empty: a local SQLite store; or postgresql://... (team mode)
    QLineEdit *m_storePasswordEdit; // the team database's password, for the keychain
    std::unique_ptr<SiteProbe> m_probe;
};
