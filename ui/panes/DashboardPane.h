#pragma once

#include "itemmodels/DateRange.h"

#include <QWidget>

// A pane of the main window: it follows the shared date range and reloads after each sync.
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void setDateRange(const DateRange &range) = 0;
    virtual void reload() = 0;
};
