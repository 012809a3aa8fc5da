#include "dialogs/FirstRunDialog.h"

#include "store/StorePassword.h"
#include "sync/ConnectionProfile.h"
#include "sync/SiteAddress.h"
#include "sync/TokenStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent), m_demo(new QRadioButton(tr("Open the demo shop (a tea shop with generated data)"), this)),
      m_connect(new QRadioButton(tr("Connect my shop's site"), this)),
      m_saved(new QRadioButton(tr("Open a shop connected before"), this)), m_savedProfiles(new QComboBox(this)),
      m_connectForm(new QWidget(this)), m_name(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_tokenEdit(new QLineEdit(this)), m_storeEdit(new QLineEdit(this)), m_storePasswordEdit(new QLineEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Yutang"));
    m_demo->setObjectName(QStringLiteral("choiceDemo"));
    m_connect->setObjectName(QStringLiteral("choiceConnect"));
    m_saved->setObjectName(QStringLiteral("choiceSaved"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_address->setObjectName(QStringLiteral("siteAddress"));
    m_tokenEdit->setObjectName(QStringLiteral("siteToken"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_storeEdit->setObjectName(QStringLiteral("storeLocation"));
    m_storePasswordEdit->setObjectName(QStringLiteral("storePassword"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_demo, m_connect, m_saved})
        group->addButton(b);
    for (const ConnectionProfile &p : ProfileStore::all())
        m_savedProfiles->addItem(QStringLiteral("%1 — %2").arg(p.name, p.siteAddress), p.name);
    m_saved->setVisible(m_savedProfiles->count() > 0);
    m_savedProfiles->setVisible(m_savedProfiles->count() > 0);
    m_demo->setChecked(true);

    m_name->setPlaceholderText(tr("e.g. 山野茶舍"));
    m_address->setPlaceholderText(tr("https://shop.example.cn"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Made in your site's admin under Yutang API"));
    auto *form = new QFormLayout(m_connectForm);
    form->addRow(tr("Shop name:"), m_name);
    form->addRow(tr("Site address:"), m_address);
    form->addRow(tr("Access token:"), m_tokenEdit);
    m_storeEdit->setPlaceholderText(tr("On this computer (default), or postgresql://user@host:5432/shop"));
    m_storeEdit->setToolTip(tr("A team database (PostgreSQL) lets several desktops share one copy of the shop's "
                               "data. TLS options go in the URL, e.g. ?sslmode=verify-full."));
    m_storePasswordEdit->setEchoMode(QLineEdit::Password);
    m_storePasswordEdit->setPlaceholderText(tr("Password of the team database user"));
    m_storePasswordEdit->setEnabled(false);
    form->addRow(tr("Store:"), m_storeEdit);
    form->addRow(tr("Database password:"), m_storePasswordEdit);
    connect(m_storeEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_storePasswordEdit->setEnabled(text.trimmed().startsWith(QLatin1String("postgres")));
    });
    auto *keychainNote = new QLabel(tr("The token and the database password are kept in the system keychain only."),
                                    m_connectForm);
    keychainNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    form->addRow(QString(), keychainNote);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *intro = new QLabel(tr("Yutang shows your web shop's traffic, orders and referrals. Where shall we start?"), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_demo);
    layout->addWidget(m_connect);
    layout->addWidget(m_connectForm);
    layout->addWidget(m_saved);
    layout->addWidget(m_savedProfiles);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(group, &QButtonGroup::buttonToggled, this, &FirstRunDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updateForm();
}

void FirstRunDialog::updateForm()
{
    m_connectForm->setEnabled(m_connect->isChecked());
    m_savedProfiles->setEnabled(m_saved->isChecked());
    m_error->hide();
}

void FirstRunDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_buttons->setEnabled(true);
}

void FirstRunDialog::accept()
{
    if (m_demo->isChecked()) {
        m_choice = Choice::Demo;
        m_profileName = QStringLiteral("demo");
        QDialog::accept();
        return;
    }
    if (m_saved->isChecked()) {
        m_choice = Choice::SavedShop;
        m_profileName = m_savedProfiles->currentData().toString();
        QDialog::accept();
        return;
    }
    m_choice = Choice::Connect;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the shop a name."));
        return;
    }
    if (name == QLatin1String("demo")) {
        showError(tr("“demo” is reserved for the demo shop; choose another name."));
        return;
    }
    SiteAddress address;
    QString error;
    if (!SiteAddress::parse(m_address->text().trimmed(), &address, &error)) {
        showError(error);
        return;
    }
    const QByteArray token = m_tokenEdit->text().trimmed().toUtf8();
    if (token.isEmpty()) {
        showError(tr("Paste the access token from your site's admin."));
        return;
    }
    m_pendingStore = m_storeEdit->text().trimmed();
    m_pendingLocation = StoreLocation();
    if (!m_pendingStore.isEmpty()) {
        m_pendingLocation = StoreLocation::parse(m_pendingStore, &error);
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    m_profileName = name;
    m_pendingAddress = address.siteUrl().toString();
    m_token = token;
    m_buttons->setEnabled(false);
    m_error->setText(tr("Saving the token in the system keychain…"));
    m_error->show();
    TokenStore::write(TokenStore::tokenKey(name), token, this,
                      [this](bool ok, const QString &writeError) { tokenStored(ok, writeError); });
}

void FirstRunDialog::tokenStored(bool ok, const QString &error)
{
    if (!ok) {
        m_token.clear();
        showError(tr("The token could not be saved in the system keychain: %1\nYutang keeps tokens nowhere else; "
                     "start your keychain (e.g. GNOME Keyring or KWallet) and try again.")
                      .arg(error));
        return;
    }
    const QString password = m_storePasswordEdit->text();
    if (m_pendingLocation.kind == SqlDialect::Kind::Postgres && !password.isEmpty()) {
        TokenStore::write(StorePassword::keyFor(m_pendingLocation), password.toUtf8(), this,
                          [this](bool stored, const QString &writeError) { storePasswordStored(stored, writeError); });
        return;
    }
    saveProfile();
}

void FirstRunDialog::storePasswordStored(bool ok, const QString &error)
{
    if (!ok) {
        showError(tr("The database password could not be saved in the system keychain: %1").arg(error));
        return;
    }
    saveProfile();
}

void FirstRunDialog::saveProfile()
{
    ConnectionProfile profile;
    profile.name = m_profileName;
    profile.siteAddress = m_pendingAddress;
    profile.storeLocation = m_pendingStore;
    ProfileStore::save(profile);
    ProfileStore::setCurrent(profile.name);
    QDialog::accept();
}
