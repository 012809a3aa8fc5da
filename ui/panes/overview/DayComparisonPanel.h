#pragma once

#include <QDate>
#include <QWidget>

class Database;
class OverviewModel;
class QGridLayout;
class QLabel;

// Today and yesterday (shop days) against the same weekday a week earlier: sessions, paid orders,
// revenue and conversion, each with its change. Today is "today so far", against the same weekday
// a week earlier until the same time of day.
class DayComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DayComparisonPanel(Database &db, QWidget *parent = nullptr);

    // `today` in the shop's zone; invalid: the shop calendar's today.
    void reload(QDate today = {});
    QString
    cellText(int row,
             int column) const; // for tests: row 0 today, 1 yesterday; column figure*2(+1 change)

private:
    void showDay(int row, int modelRow);

    OverviewModel *m_model;
    QGridLayout *m_grid;
    QList<QLabel *> m_rowTitles;
    QList<QList<QLabel *>> m_cells;
};
