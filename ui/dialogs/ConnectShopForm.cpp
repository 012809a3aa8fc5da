#include "dialogs/ConnectShopForm.h"

#include "sync/SiteAddress.h"
#include "sync/SiteConnection.h"
#include "sync/SiteConnector.h"
#include "widgets/ColorScheme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace {

const QString wooId = QStringLiteral("woocommerce");

} // namespace

ConnectShopForm::ConnectShopForm(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_help(new QLabel(this)),
      m_name(new QLineEdit(this)), m_address(new QLineEdit(this)), m_form(new QFormLayout(this)),
      m_test(new QPushButton(tr("Test c&onnection"), this)), m_busy(new QProgressBar(this)),
      m_result(new QLabel(this)), m_storeEdit(new QLineEdit(this)),
      m_storePasswordEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("connectShopForm"));
    m_kind->setObjectName(QStringLiteral("siteKind"));
    m_help->setObjectName(QStringLiteral("siteKindHelp"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_address->setObjectName(QStringLiteral("siteAddress"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_busy->setObjectName(QStringLiteral("testConnectionBusy"));
    m_result->setObjectName(QStringLiteral("testConnectionResult"));
    m_storeEdit->setObjectName(QStringLiteral("storeLocation"));
    m_storePasswordEdit->setObjectName(QStringLiteral("storePassword"));

    for (const SiteConnector *kind : SiteKinds::all())
        m_kind->addItem(kind->displayName(), kind->id());
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    ColorScheme::setTextTone(m_help, ColorScheme::TextTone::Secondary);
    m_name->setPlaceholderText(tr("e.g. 山野茶舍"));

    auto *kindLabel = new QLabel(tr("Kind of s&ite:"), this);
    kindLabel->setBuddy(m_kind);
    m_form->addRow(kindLabel, m_kind);
    m_form->addRow(QString(), m_help);
    m_form->addRow(tr("Shop &name:"), m_name);
    m_form->addRow(tr("Site &address:"), m_address);
    // Every kind's secret fields, shown for the chosen kind only.
    for (const SiteConnector *kind : SiteKinds::all()) {
        QList<QLineEdit *> edits;
        for (const QString &part : kind->secretParts()) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("secret_%1_%2").arg(kind->id(), part));
            // Only the consumer key (the public half) is shown as typed.
            edit->setEchoMode(part == QLatin1String("consumer_key") ? QLineEdit::Normal
                                                                    : QLineEdit::Password);
            edit->setPlaceholderText(partPlaceholder(part));
            m_form->addRow(partLabel(part), edit);
            connect(edit, &QLineEdit::textChanged, this, &ConnectShopForm::inputChanged);
            edits << edit;
        }
        m_secrets.insert(kind->id(), edits);
    }

    m_test->setAutoDefault(false); // Enter connects; Space on the button tests
    m_test->setToolTip(tr("Check the address and the key with the site, without saving anything"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);
    m_form->addRow(QString(), testRow);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_form->addRow(QString(), m_result);

    m_storeEdit->setPlaceholderText(
        tr("On this computer (default), or postgresql://user@host:5432/shop"));
    m_storeEdit->setToolTip(
        tr("A team database (PostgreSQL) lets several desktops share one copy of the shop's "
           "data. TLS options go in the URL, e.g. ?sslmode=verify-full."));
    m_storePasswordEdit->setEchoMode(QLineEdit::Password);
    m_storePasswordEdit->setPlaceholderText(tr("Password of the team database user"));
    m_storePasswordEdit->setEnabled(false);
    m_form->addRow(tr("Sto&re:"), m_storeEdit);
    m_form->addRow(tr("Database &password:"), m_storePasswordEdit);
    connect(m_storeEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_storePasswordEdit->setEnabled(text.trimmed().startsWith(QLatin1String("postgres")));
    });
    auto *keychainNote = new QLabel(
        tr("The access token or key and the database password are kept in the system keychain "
           "only."),
        this);
    keychainNote->setWordWrap(true);
    ColorScheme::setTextTone(keychainNote, ColorScheme::TextTone::Secondary);
    m_form->addRow(QString(), keychainNote);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectShopForm::kindChanged);
    connect(m_address, &QLineEdit::textChanged, this, &ConnectShopForm::inputChanged);
    connect(m_test, &QPushButton::clicked, this, &ConnectShopForm::testConnection);
    kindChanged();
}

ConnectShopForm::~ConnectShopForm() = default;

const SiteConnector *ConnectShopForm::connector() const
{
    return SiteKinds::find(kind());
}

QString ConnectShopForm::kind() const
{
    return m_kind->currentData().toString();
}

void ConnectShopForm::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

QString ConnectShopForm::profileName() const
{
    return m_name->text().trimmed();
}

QString ConnectShopForm::storeText() const
{
    return m_storeEdit->text().trimmed();
}

QString ConnectShopForm::storePassword() const
{
    return m_storePasswordEdit->text();
}

QLineEdit *ConnectShopForm::secretEdit(const QString &part) const
{
    const QList<QLineEdit *> edits = m_secrets.value(kind());
    const SiteConnector *current = connector();
    const int index = current ? int(current->secretParts().indexOf(part)) : -1;
    return index >= 0 ? edits.value(index) : nullptr;
}

QList<QWidget *> ConnectShopForm::tabOrder() const
{
    QList<QWidget *> order = {m_kind, m_name, m_address};
    for (const SiteConnector *kind : SiteKinds::all()) {
        for (QLineEdit *edit : m_secrets.value(kind->id()))
            order << edit;
    }
    order << m_test << m_storeEdit << m_storePasswordEdit;
    return order;
}

QString ConnectShopForm::partLabel(const QString &part)
{
    if (part == QLatin1String("token"))
        return tr("Access &token:");
    if (part == QLatin1String("consumer_key"))
        return tr("Consumer &key:");
    if (part == QLatin1String("consumer_secret"))
        return tr("Consumer &secret:");
    return part + QLatin1Char(':');
}

QString ConnectShopForm::partName(const QString &part)
{
    if (part == QLatin1String("consumer_key"))
        return tr("consumer key");
    if (part == QLatin1String("consumer_secret"))
        return tr("consumer secret");
    return part;
}

QString ConnectShopForm::partPlaceholder(const QString &part)
{
    if (part == QLatin1String("token"))
        return tr("Made in your site's admin under Yutang API");
    if (part == QLatin1String("consumer_key"))
        return tr("ck_…");
    if (part == QLatin1String("consumer_secret"))
        return tr("cs_…");
    return {};
}

QString ConnectShopForm::kindHelp(const SiteConnector &kind) const
{
    QStringList lines;
    if (kind.id() == SiteKinds::yutangId()) {
        lines << tr("Make an access token in your site's admin under Yutang API and paste it "
                    "here.");
    } else if (kind.id() == wooId) {
        lines << tr("In WordPress, open <b>WooCommerce → Settings → Advanced → REST API</b> and "
                    "add a key for Yutang. Choose <i>Read</i> to look only, or <i>Read/Write</i> "
                    "so that edits made in Yutang (stock, prices, shipping) reach the shop.");
        lines << tr("The address must start with https:// — plain http:// only works for a shop "
                    "on this computer.");
    }
    const SiteCapabilities can = kind.capabilities();
    if (!can.visits)
        lines << tr("%1 records where each order came from, not every visit: Yutang shows orders "
                    "and revenue by source, without visit counts or conversion rates.")
                     .arg(kind.displayName().toHtmlEscaped());
    if (!can.referrals)
        lines << tr("There is no referral tree or commissions for this kind of site.");
    return lines.join(QStringLiteral("<br>"));
}

void ConnectShopForm::kindChanged()
{
    const QString current = kind();
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        for (QLineEdit *edit : it.value())
            m_form->setRowVisible(edit, it.key() == current);
    }
    const SiteConnector *connector = this->connector();
    m_help->setText(connector ? kindHelp(*connector) : QString());
    m_form->setRowVisible(m_help, !m_help->text().isEmpty());
    Q_EMIT contentChanged();
    m_address->setPlaceholderText(current == wooId
                                      ? tr("https://shop.example.com (the WordPress site)")
                                      : tr("https://shop.example.cn"));
    inputChanged();
}

void ConnectShopForm::inputChanged()
{
    // What a test found no longer describes what is entered.
    abandonTest();
    if (m_result->isVisible()) {
        m_result->hide();
        Q_EMIT contentChanged();
    }
}

void ConnectShopForm::abandonTest()
{
    if (!m_probe)
        return;
    disconnect(m_probe.get(), nullptr, this, nullptr);
    m_probe.release()->deleteLater();
    showTestBusy(false);
}

bool ConnectShopForm::checkSite(QString *siteAddress, QByteArray *secret, QString *error) const
{
    const SiteConnector *connector = this->connector();
    if (!connector) {
        *error = tr("Choose the kind of site.");
        return false;
    }
    SiteAddress address;
    if (!SiteAddress::parse(m_address->text().trimmed(), &address, error))
        return false;
    QList<QByteArray> parts;
    const QStringList ids = connector->secretParts();
    const QList<QLineEdit *> edits = m_secrets.value(connector->id());
    for (int i = 0; i < ids.size(); ++i) {
        const QByteArray part =
            edits.value(i) ? edits.at(i)->text().trimmed().toUtf8() : QByteArray();
        if (part.isEmpty()) {
            *error = ids.at(i) == QLatin1String("token")
                         ? tr("Paste the access token from your site's admin.")
                         : tr("Fill in the %1.").arg(partName(ids.at(i)));
            return false;
        }
        parts << part;
    }
    *siteAddress = address.siteUrl().toString();
    *secret = connector->packSecret(parts);
    return true;
}

void ConnectShopForm::testConnection()
{
    abandonTest();
    SiteConnection connection;
    QString error;
    if (!checkSite(&connection.siteAddress, &connection.secret, &error)) {
        SiteProbeResult result;
        result.error = error;
        showResult(result);
        Q_EMIT testFinished(result, true);
        return;
    }
    connection.kind = kind();
    m_probe = connector()->createProbe(connection);
    if (!m_probe) {
        showNoProbe();
        Q_EMIT testFinished(SiteProbeResult(), false);
        return;
    }
    connect(m_probe.get(), &SiteProbe::finished, this, [this](const SiteProbeResult &result) {
        m_probe.release()->deleteLater();
        showTestBusy(false);
        showResult(result);
        Q_EMIT testFinished(result, true);
    });
    showTestBusy(true);
    m_result->setText(tr("Testing the connection…"));
    ColorScheme::setTextTone(m_result, ColorScheme::TextTone::Normal);
    m_result->show();
    Q_EMIT contentChanged();
    m_probe->start();
}

void ConnectShopForm::showTestBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_test->setEnabled(!busy);
}

void ConnectShopForm::showNoProbe()
{
    m_result->setText(tr("Yutang cannot test a %1 connection here yet: the address and the key "
                         "are checked on the first sync.")
                          .arg(connector()->displayName().toHtmlEscaped()));
    ColorScheme::setTextTone(m_result, ColorScheme::TextTone::Normal);
    m_result->show();
    Q_EMIT contentChanged();
}

void ConnectShopForm::showResult(const SiteProbeResult &result)
{
    if (!result.ok) {
        m_result->setText(tr("<b>The connection failed.</b> %1").arg(result.error.toHtmlEscaped()));
        ColorScheme::setTextTone(m_result, ColorScheme::TextTone::Error);
        m_result->show();
        Q_EMIT contentChanged();
        return;
    }
    QStringList lines;
    lines << tr("<b>Connected to %1.</b>").arg(result.shopName.toHtmlEscaped());
    QStringList facts;
    if (!result.currency.isEmpty())
        facts << tr("Currency: %1").arg(result.currency.toHtmlEscaped());
    if (!result.timeZone.isEmpty())
        facts << tr("Time zone: %1").arg(result.timeZone.toHtmlEscaped());
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · "));
    facts.clear();
    if (!result.platformVersion.isEmpty()) {
        QString version = result.platformVersion;
        if (version.at(0).isDigit() && connector())
            version = connector()->displayName() + QLatin1Char(' ') + version;
        facts << tr("Platform: %1").arg(version.toHtmlEscaped());
    }
    facts << (!result.writeKnown ? tr("Access: write access shows on the first push")
              : result.canWrite
                  ? tr("Access: read and write")
                  : tr("Access: read only — edits made in Yutang cannot be sent to the shop"));
    lines << facts.join(QStringLiteral(" · "));
    if (!result.notes.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(result.notes.toHtmlEscaped());
    m_result->setText(lines.join(QStringLiteral("<br>")));
    ColorScheme::setTextTone(m_result, ColorScheme::TextTone::Success);
    m_result->show();
    Q_EMIT contentChanged();
}
