#include "dialogs/FirstRunDialog.h"

#include "dialogs/ConnectShopForm.h"
#include "store/StorePassword.h"
#include "sync/ConnectionProfile.h"
#include "sync/SiteConnector.h"
#include "sync/TokenStore.h"
#include "widgets/ColorScheme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent),
      m_demo(new QRadioButton(tr("Open the &demo shop (a tea shop with generated data)"), this)),
      m_connect(new QRadioButton(tr("&Connect my shop's site"), this)),
      m_saved(new QRadioButton(tr("Open a shop connected &before"), this)),
      m_savedProfiles(new QComboBox(this)), m_connectForm(new ConnectShopForm(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Yutang"));
    m_demo->setObjectName(QStringLiteral("choiceDemo"));
    m_connect->setObjectName(QStringLiteral("choiceConnect"));
    m_saved->setObjectName(QStringLiteral("choiceSaved"));
    m_savedProfiles->setObjectName(QStringLiteral("savedProfiles"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_buttons->setObjectName(QStringLiteral("firstRunButtons"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_demo, m_connect, m_saved})
        group->addButton(b);
    for (const ConnectionProfile &p : ProfileStore::all()) {
        const SiteConnector *kind = SiteKinds::find(p.kind);
        const QString kindName = kind ? kind->displayName() : p.kind;
        m_savedProfiles->addItem(
            QStringLiteral("%1 — %2 (%3)").arg(p.name, p.siteAddress, kindName), p.name);
    }
    m_saved->setVisible(m_savedProfiles->count() > 0);
    m_savedProfiles->setVisible(m_savedProfiles->count() > 0);
    m_demo->setChecked(true);

    m_error->setWordWrap(true);
    ColorScheme::setTextTone(m_error, ColorScheme::TextTone::Error);
    m_error->hide();

    auto *intro = new QLabel(
        tr("Yutang shows your web shop's traffic, orders and referrals. Where shall we start?"),
        this);
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
    setMinimumWidth(560);

    // Tab: the choices, the connect fields, the saved shops, the buttons. Enter connects (or
    // opens), Esc cancels.
    QList<QWidget *> order = {m_demo, m_connect};
    order << m_connectForm->tabOrder();
    order << m_saved << m_savedProfiles << m_buttons;
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    // Wrapped help and results need the height of their new text.
    connect(m_connectForm, &ConnectShopForm::contentChanged, this,
            [this] { QTimer::singleShot(0, this, [this] { adjustSize(); }); });
    connect(group, &QButtonGroup::buttonToggled, this, &FirstRunDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updateForm();
}

void FirstRunDialog::updateForm()
{
    m_connectForm->setEnabled(m_connect->isChecked());
    m_savedProfiles->setEnabled(m_saved->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_connect->isChecked() ? tr("Connect") : tr("Open"));
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
    const QString name = m_connectForm->profileName();
    if (name.isEmpty()) {
        showError(tr("Give the shop a name."));
        return;
    }
    if (name == QLatin1String("demo")) {
        showError(tr("“demo” is reserved for the demo shop; choose another name."));
        return;
    }
    QString address;
    QByteArray secret;
    QString error;
    if (!m_connectForm->checkSite(&address, &secret, &error)) {
        showError(error);
        return;
    }
    m_pendingStore = m_connectForm->storeText();
    m_pendingLocation = StoreLocation();
    if (!m_pendingStore.isEmpty()) {
        m_pendingLocation = StoreLocation::parse(m_pendingStore, &error);
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
    }
    m_profileName = name;
    m_pendingKind = m_connectForm->kind();
    m_pendingAddress = address;
    m_token = secret;
    m_buttons->setEnabled(false);
    m_error->setText(tr("Saving the key in the system keychain…"));
    m_error->show();
    TokenStore::write(TokenStore::tokenKey(name), secret, this,
                      [this](bool ok, const QString &writeError) { tokenStored(ok, writeError); });
}

void FirstRunDialog::tokenStored(bool ok, const QString &error)
{
    if (!ok) {
        m_token.clear();
        showError(tr("The token or key could not be saved in the system keychain: %1\nYutang keeps "
                     "them nowhere else; start your keychain (e.g. GNOME Keyring or KWallet) and "
                     "try again.")
                      .arg(error));
        return;
    }
    const QString password = m_connectForm->storePassword();
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
    profile.kind = m_pendingKind;
    profile.siteAddress = m_pendingAddress;
    profile.storeLocation = m_pendingStore;
    ProfileStore::save(profile);
    ProfileStore::setCurrent(profile.name);
    QDialog::accept();
}
