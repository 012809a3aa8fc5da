#include "dialogs/OutboxDialog.h"

#include "dialogs/ConflictDialog.h"
#include "itemmodels/OutboxModel.h"
#include "outbox/Outbox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

OutboxDialog::OutboxDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_model(new OutboxModel(db, this)), m_view(new QTableView(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Edits waiting for the site"));
    m_model->reload();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *resolve =
        buttons->addButton(tr("Resolve conflict…"), QDialogButtonBox::ActionRole);
    QPushButton *discard = buttons->addButton(tr("Discard edit"), QDialogButtonBox::ActionRole);
    QPushButton *sync = buttons->addButton(tr("Send now"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(resolve, &QPushButton::clicked, this, &OutboxDialog::resolveSelected);
    connect(discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(sync, &QPushButton::clicked, this, &OutboxDialog::syncRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &OutboxDialog::reject);
    resize(820, 360);
}

void OutboxDialog::resolveSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const OutboxEntry entry = m_model->entryAt(current.row());
    if (!current.isValid() || entry.state != OutboxEntry::State::Conflict) {
        m_message->setText(tr("Select an edit in conflict."));
        return;
    }
    ConflictDialog dialog(m_db, entry, this);
    dialog.exec();
    m_message->setText(dialog.error());
    m_model->reload();
    Q_EMIT outboxChanged();
}

void OutboxDialog::discardSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QString error;
    if (!Outbox(m_db).discard(m_model->entryAt(current.row()).seq, &error))
        m_message->setText(error);
    m_model->reload();
    Q_EMIT outboxChanged();
}
