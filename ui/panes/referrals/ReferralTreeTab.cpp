#include "panes/referrals/ReferralTreeTab.h"

#include "export/CsvWriter.h"
#include "export/TableSnapshot.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralTreeModel.h"
#include "panes/referrals/MemberCharts.h"
#include "widgets/TabOrder.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ReferralTreeTab::ReferralTreeTab(ReferralTreeModel *tree, QWidget *parent)
    : QWidget(parent), m_tree(tree), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_breadcrumb(new QLabel(this)), m_view(new QTreeView(this)),
      m_charts(new MemberCharts(tree, this))
{
    m_search->setObjectName(QStringLiteral("referralsSearch"));
    m_search->setPlaceholderText(tr("Find a member by id or nickname, then press Enter…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a member"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_results->setObjectName(QStringLiteral("referralsSearchResults"));
    m_results->setAccessibleName(tr("Members found"));
    m_results->setAccessibleDescription(tr("Enter shows the member in the tree"));
    m_results->setMaximumHeight(120);
    m_results->hide();
    m_breadcrumb->setObjectName(QStringLiteral("referralsBreadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setAccessibleName(tr("Upline of the selected member"));
    m_view->setObjectName(QStringLiteral("referralsView"));
    m_view->setAccessibleName(tr("Referral tree"));
    m_view->setAccessibleDescription(
        tr("Each member with the members they invited under them; Right and Left open and "
           "close a member"));
    m_view->header()->setAccessibleName(tr("Columns of %1").arg(tr("Referral tree")));
    m_view->setModel(m_tree);
    m_view->setUniformRowHeights(true); // rows of 100k-member trees stay cheap to lay out
    m_view->header()->setSortIndicator(
        -1, Qt::AscendingOrder); // registration order until a header is clicked
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->resizeSection(ReferralTreeModel::Customer, 200);
    m_view->setColumnHidden(ReferralTreeModel::MemberId, true);

    auto *statement = new QPushButton(tr("Statement"), this);
    statement->setObjectName(QStringLiteral("referralsStatementButton"));
    statement->setToolTip(tr("Show the selected member's commissions in the ledger"));
    auto *exportButton = new QPushButton(tr("Export tree…"), this);
    exportButton->setObjectName(QStringLiteral("referralsExportButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(statement);
    top->addWidget(exportButton);

    // The keyboard follows the page: the row at the top, the tree, the member's charts.
    chainTabOrder({m_search, statement, exportButton, m_results, m_breadcrumb, m_view, m_charts});
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_results);
    leftLayout->addWidget(m_breadcrumb);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::returnPressed, this, &ReferralTreeTab::runSearch);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { revealMember(item->data(Qt::UserRole).toString()); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { revealMember(item->data(Qt::UserRole).toString()); });
    connect(m_breadcrumb, &QLabel::linkActivated, this,
            [this](const QString &id) { revealMember(id); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferralTreeTab::memberChanged);
    connect(m_tree, &QAbstractItemModel::modelReset, this, [this] { updateBreadcrumb({}); });
    connect(statement, &QPushButton::clicked, this, [this] {
        if (!currentMember().isEmpty())
            Q_EMIT statementRequested(currentMember());
    });
    connect(exportButton, &QPushButton::clicked, this, &ReferralTreeTab::exportTree);
}

QString ReferralTreeTab::currentMember() const
{
    return m_view->currentIndex().data(ItemRoles::RecordIdRole).toString();
}

QString ReferralTreeTab::breadcrumbText() const
{
    return m_breadcrumb->text();
}

void ReferralTreeTab::runSearch()
{
    const QStringList found = m_tree->search(m_search->text());
    m_results->clear();
    if (found.size() == 1) {
        m_results->hide();
        revealMember(found.first());
        return;
    }
    for (const QString &id : found) {
        const QString nickname = m_tree->nicknameOf(id);
        auto *item = new QListWidgetItem(
            nickname.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(nickname, id), m_results);
        item->setData(Qt::UserRole, id);
    }
    if (found.isEmpty())
        new QListWidgetItem(tr("No member matches “%1”.").arg(m_search->text()), m_results);
    m_results->show();
}

bool ReferralTreeTab::revealMember(const QString &customerId)
{
    const QModelIndex index = m_tree->reveal(customerId);
    if (!index.isValid()) {
        updateBreadcrumb(customerId);
        return false;
    }
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_view->expand(up);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ReferralTreeTab::memberChanged(const QModelIndex &current)
{
    const QString id = current.data(ItemRoles::RecordIdRole).toString();
    updateBreadcrumb(id);
    m_charts->showMember(id);
}

void ReferralTreeTab::updateBreadcrumb(const QString &customerId)
{
    const QStringList path = m_tree->uplineIds(customerId);
    // Its links lead up the tree: Tab reaches them too, and the label when it has none does not.
    m_breadcrumb->setTextInteractionFlags(path.size() > 1 ? Qt::TextBrowserInteraction
                                                          : Qt::NoTextInteraction);
    if (path.isEmpty()) {
        m_breadcrumb->setText(
            customerId.isEmpty()
                ? QString()
                : tr("%1 is not in the referral tree.").arg(customerId.toHtmlEscaped()));
        return;
    }
    if (path.size() == 1 && m_tree->graph().children(m_tree->graph().indexOf(customerId)).empty()) {
        m_breadcrumb->setText(
            tr("%1 has no inviter and invited nobody.").arg(customerId.toHtmlEscaped()));
        return;
    }
    QStringList links;
    for (const QString &id : path) {
        const QString nickname = m_tree->nicknameOf(id);
        const QString name = (nickname.isEmpty() ? id : nickname).toHtmlEscaped();
        links << (id == customerId
                      ? QStringLiteral("<b>%1</b>").arg(name)
                      : QStringLiteral("<a href=\"%1\">%2</a>").arg(id.toHtmlEscaped(), name));
    }
    m_breadcrumb->setText(links.join(QStringLiteral(" › ")));
}

void ReferralTreeTab::exportTree()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the referral tree"),
                                     QStringLiteral("referrals.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<int> columns;
    for (int c = 0; c < ReferralTreeModel::ColumnCount; ++c)
        columns << c;
    const TableSnapshot table =
        TableSnapshot::fromTree(m_tree, columns, ReferralTreeModel::MemberId);
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) ||
        !CsvWriter::write(table, &file, ExportOptions(), &error) || !file.commit())
        QMessageBox::warning(this, tr("Export failed"),
                             error.isEmpty() ? file.errorString() : error);
}
