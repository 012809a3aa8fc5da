#include "widgets/TabOrder.h"

#include <QWidget>

namespace {

// `widget` itself if it takes focus (a compound widget such as a tab widget or a spin box moves
// with its inner parts), else the controls inside it, in focus-chain order.
QList<QWidget *> controlsOf(QWidget *widget)
{
    if (widget->focusPolicy() != Qt::NoFocus)
        return {widget};
    QList<QWidget *> controls;
    for (QWidget *w = widget->nextInFocusChain(); w != widget; w = w->nextInFocusChain()) {
        if (w->focusPolicy() == Qt::NoFocus || !widget->isAncestorOf(w))
            continue;
        // A listed control's inner part (a tab widget's tab bar, a spin box's line edit) moves
        // with it; the pages of a tab widget are controls of their own.
        bool inner = false;
        for (const QWidget *control : std::as_const(controls)) {
            const QWidget *proxy = control->focusProxy();
            inner = inner || (proxy && (proxy == w || proxy->isAncestorOf(w)));
        }
        if (!inner)
            controls << w;
    }
    return controls;
}

} // namespace

void chainTabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        for (QWidget *control : controlsOf(widget)) {
            if (previous)
                QWidget::setTabOrder(previous, control);
            previous = control;
        }
    }
}
