#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QUndoStack;

// The row of edit buttons above the products and orders tables: the pane's own actions, then
// Undo/Redo over its undo stack and Outbox…, which opens the outbox view.
class EditActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit EditActionBar(QWidget *parent = nullptr);
    QPushButton *addButton(const QString &text, const QString &objectName);
    // Appends Undo, Redo (enabled as the stack allows) and Outbox…; objectNamePrefix +
    // "UndoButton"…
    void addUndoAndOutbox(QUndoStack *stack, const QString &objectNamePrefix);

Q_SIGNALS:
    void outboxRequested();

private:
    QHBoxLayout *m_row;
};
