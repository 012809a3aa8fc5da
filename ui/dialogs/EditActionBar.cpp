#include "dialogs/EditActionBar.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QUndoStack>

EditActionBar::EditActionBar(QWidget *parent) : QWidget(parent), m_row(new QHBoxLayout(this))
{
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addStretch();
}

QPushButton *EditActionBar::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_row->insertWidget(m_row->count() - 1, button); // before the stretch
    return button;
}

void EditActionBar::addUndoAndOutbox(QUndoStack *stack, const QString &objectNamePrefix)
{
    QPushButton *undo = addButton(tr("Undo"), objectNamePrefix + QStringLiteral("UndoButton"));
    QPushButton *redo = addButton(tr("Redo"), objectNamePrefix + QStringLiteral("RedoButton"));
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    connect(addButton(tr("Outbox…"), objectNamePrefix + QStringLiteral("OutboxButton")),
            &QPushButton::clicked, this, &EditActionBar::outboxRequested);
}
