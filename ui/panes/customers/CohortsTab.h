#pragma once

#include <QWidget>

class CohortMatrixModel;
class Database;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

// The cohort heat maps: customers by the month (or week) of their first paid order, the share who
// bought again in each period after it (or revenue per customer, cumulative), the figures in the
// cells. A second channel can be put beside the first to compare them. The date range does not
// apply: the cohorts are the last N months or weeks.
class CohortsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CohortsTab(Database &db, QWidget *parent = nullptr);

    void reload();
    CohortMatrixModel *model() const { return m_primary; }
    CohortMatrixModel *comparedModel() const { return m_compared; }
    QTableView *view() const { return m_primaryView; }
    QTableView *comparedView() const { return m_comparedView; }
    QComboBox *compareBox() const { return m_compare; }

private:
    QTableView *makeView(CohortMatrixModel *model, const QString &objectName);
    QComboBox *channelBox(const QString &objectName, const QString &firstItem);
    void apply();

    CohortMatrixModel *m_primary;
    CohortMatrixModel *m_compared;
    QTableView *m_primaryView;
    QTableView *m_comparedView;
    QLabel *m_primaryTitle;
    QLabel *m_comparedTitle;
    QWidget *m_comparedPanel;
    QComboBox *m_unit;
    QComboBox *m_measure;
    QSpinBox *m_count;
    QComboBox *m_channel;
    QComboBox *m_compare;
    QLabel *m_help;
};
