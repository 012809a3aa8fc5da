#include "dialogs/ConflictDialog.h"

#include "itemmodels/OutboxModel.h"
#include "outbox/ConflictResolver.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Choice { KeepMine, TakeTheirs, Merge };

QString valueText(const QString &field, const QJsonValue &v)
{
    OutboxEntry one;
    one.fields.insert(field, v);
    one.before.insert(field, v);
    // describeChange gives "field a → a"; keep the value part only.
    const QString text = OutboxModel::describeChange(one);
    return text.section(QStringLiteral(" → "), 1);
}
} // namespace

ConflictDialog::ConflictDialog(Database &db, const OutboxEntry &entry, QWidget *parent)
    : QDialog(parent), m_db(db), m_entry(entry), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the site meanwhile"));
    const QJsonObject theirs = ConflictResolver::theirValues(entry);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("On the site")});
    m_table->setRowCount(int(entry.fields.size()));
    int row = 0;
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it, ++row) {
        auto *field = new QTableWidgetItem(it.key());
        field->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        field->setCheckState(Qt::Checked); // ticked: keep mine
        m_table->setItem(row, 0, field);
        m_table->setItem(row, 1, new QTableWidgetItem(valueText(it.key(), it.value())));
        m_table->setItem(row, 2, new QTableWidgetItem(valueText(it.key(), theirs.value(it.key()))));
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Someone changed this record on the site after your edit. Tick the fields "
                      "to keep yours, then choose."),
                   this));
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    QPushButton *site = buttons->addButton(tr("Take theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *merge =
        buttons->addButton(tr("Merge ticked fields"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(mine, &QPushButton::clicked, this, [this] { resolve(KeepMine); });
    connect(site, &QPushButton::clicked, this, [this] { resolve(TakeTheirs); });
    connect(merge, &QPushButton::clicked, this, [this] { resolve(Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
}

void ConflictDialog::resolve(int choice)
{
    ConflictResolver resolver(m_db);
    bool ok = false;
    if (choice == KeepMine) {
        ok = resolver.keepMine(m_entry.seq, &m_error);
    } else if (choice == TakeTheirs) {
        ok = resolver.takeTheirs(m_entry.seq, &m_error);
    } else {
        QStringList mine;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, 0)->checkState() == Qt::Checked)
                mine << m_table->item(r, 0)->text();
        }
        ok = resolver.merge(m_entry.seq, mine, &m_error);
    }
    if (ok)
        accept();
    else
        reject();
}
