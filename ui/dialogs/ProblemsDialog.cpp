#include "dialogs/ProblemsDialog.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/QuarantineTableModel.h"
#include "widgets/TablePanel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ProblemsDialog::ProblemsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_model(new QuarantineTableModel(db, this)), m_table(new TablePanel(m_model, QStringLiteral("problems"), this)),
      m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("problemsDialog"));
    setWindowTitle(tr("Problems in the synced data"));
    resize(900, 560);
    auto *intro = new QLabel(tr("The site sent these records in a form Yutang cannot store (wrong types, missing "
                                "fields, impossible values). They are kept out of the figures; the rest of the sync "
                                "went on. Show them to whoever maintains your site."),
                             this);
    intro->setWordWrap(true);
    m_table->setEmptyText(tr("No problems: every record the site sent could be stored."));
    m_table->view()->horizontalHeader()->resizeSection(QuarantineTableModel::Reason, 260);
    m_raw->setObjectName(QStringLiteral("problemsRawJson"));
    m_raw->setReadOnly(true);
    m_raw->setPlaceholderText(tr("Select a record to see the raw JSON."));
    // The platform's own fixed-pitch font: a family named "monospace" exists only where
    // fontconfig aliases it (not on Windows or macOS, which would fall back to a proportional one).
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_raw);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsDialog::showRaw);
    m_model->reload();
}

void ProblemsDialog::reload()
{
    m_model->reload();
    m_raw->clear();
}

void ProblemsDialog::showRaw(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_raw->clear();
        return;
    }
    const QString raw = m_model->index(current.row(), QuarantineTableModel::RawJson).data(ItemRoles::RawValueRole).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8());
    m_raw->setPlainText(doc.isNull() ? raw : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}
