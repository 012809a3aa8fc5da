#include "panes/products/ProductsPane.h"

#include "dialogs/BulkEditDialog.h"
#include "dialogs/EditActionBar.h"
#include "dialogs/OutboxDialog.h"
#include "dialogs/OutboxEditCommand.h"
#include "dialogs/ProductEditDialog.h"
#include "itemmodels/ProductTableModel.h"
#include "itemmodels/StatusNames.h"
#include "outbox/BulkEdit.h"
#include "outbox/EditRules.h"
#include "outbox/LocalRecords.h"
#include "panes/traffic/PaneExport.h"
#include "widgets/TabOrder.h"
#include "widgets/TablePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

ProductsPane::ProductsPane(Database &db, QWidget *parent)
    : DashboardPane(parent), m_db(db), m_model(new ProductTableModel(db, this)),
      m_table(new TablePanel(m_model, QStringLiteral("products"), this)),
      m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("productsPane"));
    setAccessibleDescription(tr("The shop's products, their stock and sales; edits wait in the "
                                "outbox until the next sync"));
    m_table->setTitle(tr("Products"),
                      tr("F2 edits the current cell; the changes are sent with the next sync"));
    m_table->setSearchHint(tr("Search products by name, SKU or category…"));
    m_table->setEmptyText(tr("No products yet — sync your shop."));
    m_table->view()->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed);
    m_table->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_model->setEditor([this](const QString &id, const QJsonObject &fields, QString *error) {
        return queueEdit(id, fields, error);
    });
    connect(m_model, &ProductTableModel::editFailed, this, &ProductsPane::showMessage);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("productsMessage"));
    QWidget *filters = buildFilters();
    QWidget *actions = buildActions();
    // The table was made first; the keyboard follows the page: filters, buttons, table.
    chainTabOrder({filters, actions, m_table});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(actions);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
}

QWidget *ProductsPane::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("productStatusFilter"));
    m_status->setAccessibleName(tr("Product status"));
    m_status->setAccessibleDescription(tr("Show the products of one status only"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : EditRules::productStatuses())
        m_status->addItem(StatusNames::productStatus(s), s);
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("productCategoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setAccessibleDescription(tr("Show the products of one category only"));
    m_category->addItem(tr("All categories"), QString());
    m_lowStock = new QCheckBox(tr("Low stock, at most"), bar);
    m_lowStock->setObjectName(QStringLiteral("productLowStockFilter"));
    m_lowStock->setAccessibleDescription(tr("Show only products with this many in stock or fewer"));
    m_lowStockLimit = new QSpinBox(bar);
    m_lowStockLimit->setObjectName(QStringLiteral("productLowStockLimit"));
    m_lowStockLimit->setAccessibleName(tr("Low-stock limit"));
    m_lowStockLimit->setRange(0, 100000);
    m_lowStockLimit->setValue(10);
    row->addWidget(m_status);
    row->addWidget(m_category);
    row->addWidget(m_lowStock);
    row->addWidget(m_lowStockLimit);
    row->addStretch();
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCategoryFilter(m_category->currentData().toString()); });
    auto lowStock = [this] {
        m_model->setLowStockThreshold(m_lowStock->isChecked() ? m_lowStockLimit->value() : -1);
    };
    connect(m_lowStock, &QCheckBox::toggled, this, lowStock);
    connect(m_lowStockLimit, &QSpinBox::valueChanged, this, lowStock);
    return bar;
}

QWidget *ProductsPane::buildActions()
{
    auto *bar = new EditActionBar(this);
    connect(bar->addButton(tr("Edit…"), QStringLiteral("productEditButton")), &QPushButton::clicked,
            this, &ProductsPane::editSelected);
    connect(bar->addButton(tr("Bulk edit…"), QStringLiteral("productBulkEditButton")),
            &QPushButton::clicked, this, &ProductsPane::bulkEditSelected);
    connect(bar->addButton(tr("Export…"), QStringLiteral("productExportButton")),
            &QPushButton::clicked, this,
            [this] { PaneExport::exportView(this, m_table->view(), QStringLiteral("products")); });
    bar->addUndoAndOutbox(m_undo, QStringLiteral("product"));
    connect(bar, &EditActionBar::outboxRequested, this, &ProductsPane::showOutbox);
    return bar;
}

void ProductsPane::setDateRange(const DateRange &range)
{
    m_model->setDateRange(range);
}

void ProductsPane::reload()
{
    // After a sync the edits may be on the site: they are no longer ours to undo.
    m_undo->clear();
    const QString category = m_category->currentData().toString();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : m_model->categories())
        m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    m_category->blockSignals(false);
    m_model->reload();
}

bool ProductsPane::queueEdit(const QString &productId, const QJsonObject &fields, QString *error)
{
    auto *command =
        new OutboxEditCommand(m_db, Collection::Products, productId, fields,
                              tr("Edit product %1").arg(productId), [this] { m_model->reload(); });
    if (!command->queue(error)) {
        delete command;
        return false;
    }
    m_undo->push(command);
    showMessage({});
    return true;
}

int ProductsPane::applyBulk(const QStringList &productIds, const BulkEdit &edit, QString *error)
{
    int queued = 0;
    LocalRecords records(m_db);
    m_undo->beginMacro(tr("Edit %n product(s)", nullptr, int(productIds.size())));
    for (const QString &id : productIds) {
        QJsonObject current, fields;
        qint64 version = 0;
        if (!records.read(Collection::Products, id, &current, &version, error))
            continue;
        if (!edit.fieldsFor(current.value(QLatin1String("price")).toInteger(), &fields, error))
            continue;
        auto *command = new OutboxEditCommand(m_db, Collection::Products, id, fields, {},
                                              [this] { m_model->reload(); });
        if (command->queue(error)) {
            m_undo->push(command);
            ++queued;
        } else {
            delete command;
        }
    }
    m_undo->endMacro();
    m_model->reload();
    return queued;
}

QStringList ProductsPane::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->view()->selectionModel()->selectedRows())
        ids << m_model->recordId(m_table->sourceRow(index));
    return ids;
}

void ProductsPane::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        showMessage(tr("Select one product to edit."));
        return;
    }
    QJsonObject current;
    qint64 version = 0;
    QString error;
    if (!LocalRecords(m_db).read(Collection::Products, ids.first(), &current, &version, &error))
        return;
    ProductEditDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.fields().isEmpty())
        return;
    if (!queueEdit(ids.first(), dialog.fields(), &error))
        showMessage(error);
}

void ProductsPane::bulkEditSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Select the products to change."));
        return;
    }
    BulkEditDialog dialog(int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const int queued = applyBulk(ids, dialog.edit(), &error);
    showMessage(queued == ids.size()
                    ? tr("%n product(s) changed; sync to send.", nullptr, queued)
                    : tr("%1 of %2 changed: %3").arg(queued).arg(ids.size()).arg(error));
}

void ProductsPane::showOutbox()
{
    OutboxDialog dialog(m_db, this);
    connect(&dialog, &OutboxDialog::syncRequested, this, &ProductsPane::syncRequested);
    connect(&dialog, &OutboxDialog::outboxChanged, m_model, &ProductTableModel::reload);
    dialog.exec();
    m_model->reload();
}

void ProductsPane::showMessage(const QString &text)
{
    m_message->setText(text);
}
