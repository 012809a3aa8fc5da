#pragma once

#include <QWidget>

class MemberCharts;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeView;
class ReferralTreeModel;

// The referral tree: search a member (id or nickname), reveal them with their upline as a
// clickable breadcrumb, sort children by any column (the model sorts, so lazy loading holds),
// the selected member's charts, and the flattened tree's export.
class ReferralTreeTab : public QWidget
{
    Q_OBJECT
public:
    ReferralTreeTab(ReferralTreeModel *tree, QWidget *parent = nullptr);

    // Selects and shows the member, expanding their upline; false if not in the tree.
    bool revealMember(const QString &customerId);
    QString currentMember() const;
    QTreeView *view() const { return m_view; }
    QString breadcrumbText() const;

Q_SIGNALS:
    void statementRequested(const QString &customerId);

private:
    void runSearch();
    void memberChanged(const QModelIndex &current);
    void updateBreadcrumb(const QString &customerId);
    void exportTree();

    ReferralTreeModel *m_tree;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_breadcrumb;
    QTreeView *m_view;
    MemberCharts *m_charts;
};
