#pragma once

#include "itemmodels/DateRange.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

// The toolbar's date range: presets (today, yesterday, last 7/30/90 days, this month) evaluated
// against "today" in the shop's time zone, or a custom range of two dates. Every pane follows it.
class DateRangeSelector : public QWidget
{
    Q_OBJECT
public:
    explicit DateRangeSelector(QWidget *parent = nullptr);

    DateRange range() const { return m_range; }
    void setRange(const DateRange &range);
    // The shop's today; presets are re-evaluated against it.
    void setToday(QDate today);

Q_SIGNALS:
    void rangeChanged(const DateRange &range);

private:
    void presetChosen(int comboIndex);
    void customDatesEdited();
    void showRange();

    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_today;
    DateRange m_range;
    bool m_updating = false;
};
