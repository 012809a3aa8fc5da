#pragma once

#include <QDialog>

class Database;
class QPlainTextEdit;
class QuarantineTableModel;
class TablePanel;

// Lists the records the sync kept out of the store (malformed), with the reason and the raw JSON
// as the site sent it, so the merchant can take it up with whoever runs the site.
class ProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProblemsDialog(Database &db, QWidget *parent = nullptr);
    void reload();
    QuarantineTableModel *model() const { return m_model; }

private:
    void showRaw(const QModelIndex &current);

    QuarantineTableModel *m_model;
    TablePanel *m_table;
    QPlainTextEdit *m_raw;
};
