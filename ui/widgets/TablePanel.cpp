#include "widgets/TablePanel.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/SqlTableModel.h"
#include "widgets/ColorScheme.h"
#include "widgets/NoticeLabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TablePanel::TablePanel(SqlTableModel *model, const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent), m_model(model), m_sqlModel(model)
{
    build(objectNamePrefix);
    m_view->setModel(model);
    // Sorting in SQL: the header tells the model, which re-queries.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
            [model](int section, Qt::SortOrder order) { model->sort(section, order); });
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, model, [this, model] { model->setFilterText(m_search->text()); });
    // A read the store refused is said over the table, with the store's reason; the next read
    // that works takes it away.
    connect(model, &SqlTableModel::queryFailed, m_error, &NoticeLabel::setNotice);
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { m_error->setNotice(m_sqlModel->lastError()); });
    m_error->setNotice(model->lastError());
}

TablePanel::TablePanel(QAbstractItemModel *model, const QString &objectNamePrefix, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    build(objectNamePrefix);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ItemRoles::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void TablePanel::build(const QString &objectNamePrefix)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectNamePrefix + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    setSearchHint(tr("Search…"));
    m_error = new NoticeLabel(objectNamePrefix + QStringLiteral("Error"), this,
                              ColorScheme::BandTone::Error);
    m_view = new QTableView(this);
    m_view->setObjectName(objectNamePrefix + QStringLiteral("View"));
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_empty = new QLabel(this);
    m_empty->setObjectName(objectNamePrefix + QStringLiteral("EmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPixelSize(15);
    m_empty->setFont(emptyFont);
    ColorScheme::setTextTone(m_empty, ColorScheme::TextTone::Secondary);
    m_emptyText = tr("No data yet — sync your shop.");
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TablePanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateEmptyState);
    updateEmptyState();
}

void TablePanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

void TablePanel::setTitle(const QString &title, const QString &description)
{
    m_view->setAccessibleName(title);
    m_view->setAccessibleDescription(description);
    m_view->horizontalHeader()->setAccessibleName(tr("Columns of %1").arg(title));
    m_search->setAccessibleName(tr("Search %1").arg(title));
}

void TablePanel::setSearchHint(const QString &hint)
{
    m_search->setPlaceholderText(hint);
    m_search->setAccessibleDescription(hint);
}

void TablePanel::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

int TablePanel::sourceRow(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return -1;
    return m_proxy ? m_proxy->mapToSource(viewIndex).row() : viewIndex.row();
}

void TablePanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool searching = !m_search->text().trimmed().isEmpty();
    m_empty->setText(searching ? tr("Nothing matches “%1”.").arg(m_search->text().trimmed()) : m_emptyText);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
}
