#pragma once

#include "outbox/BulkShipList.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// Paste (or import from a CSV file) "order number, carrier, tracking number" lines to ship many
// orders at once; shows what could not be read before anything is queued.
class BulkShipDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkShipDialog(QWidget *parent = nullptr);
    BulkShipList list() const { return BulkShipList::parse(text()); }
    QString text() const;
    void setText(const QString &text);

private:
    void importFile();
    void updateSummary();

    QPlainTextEdit *m_edit;
    QLabel *m_summary;
};
