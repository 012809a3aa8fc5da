#pragma once

#include <QList>

class QWidget;

// Tab visits `widgets` in this order: controls made in another order than they are laid out need
// it. A widget that takes no focus itself (a panel, a row of buttons) stands for the controls
// inside it, in their present order. Qt's own QWidget::setTabOrder takes pairs of controls only
// (a list from Qt 6.6) and does nothing for a widget without focus. Do not list a tab widget and
// then its own pages: Qt 6.4 moves the pages with the tab widget and the chain falls in two.
// Make the tab widget before its pages instead (creation order is the first tab order).
void chainTabOrder(const QList<QWidget *> &widgets);
