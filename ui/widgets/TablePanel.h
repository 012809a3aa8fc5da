#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class NoticeLabel;
class SqlTableModel;

// A table with a search box and an empty state. Over a store table (SqlTableModel) the search and
// the header's sorting go to SQL; over a small in-memory model they go through a
// QSortFilterProxyModel sorting on ItemRoles::RawValueRole. Tab leaves the table (arrow keys
// move between cells), so that the keyboard is not caught in it.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(SqlTableModel *model, const QString &objectNamePrefix, QWidget *parent = nullptr);
    TablePanel(QAbstractItemModel *model, const QString &objectNamePrefix, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    // The store's reason when the table could not be read (hidden otherwise).
    NoticeLabel *errorNotice() const { return m_error; }
    void setEmptyText(const QString &text);
    void setSearchVisible(bool visible);
    // Names the table for assistive technology (the view, its column headers, the search box);
    // `description`: what its rows are.
    void setTitle(const QString &title, const QString &description = {});
    // The search box's placeholder, which is also its description (a placeholder alone is
    // gone once something is typed, and screen readers may not read it).
    void setSearchHint(const QString &hint);
    // The source row of a view index (through the proxy where there is one).
    int sourceRow(const QModelIndex &viewIndex) const;

private:
    void build(const QString &objectNamePrefix);
    void updateEmptyState();

    QAbstractItemModel *m_model;
    SqlTableModel *m_sqlModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    NoticeLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QString m_emptyText;
};
