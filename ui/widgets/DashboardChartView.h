#pragma once

#include <QChartView>

// The panes' chart view. Its charts follow the colour scheme: made by newChart() in the dark or
// light chart theme, with text, grid and background from the application palette, and built
// again (rebuildRequested) when the scheme changes, since a theme set on a finished chart would
// reset its series' own colours and patterns. Assistive technology reads the chart's title as
// the view's name and a short text alternative of its figures as its description.
class DashboardChartView : public QChartView
{
    Q_OBJECT
public:
    explicit DashboardChartView(QWidget *parent = nullptr);

    // An empty chart in the current scheme's theme: add series and axes, then showChart() it.
    static QChart *newChart();
    // Shows `chart` (the view takes it and deletes the previous one). `description`: the
    // figures in a sentence or two, for those who cannot see the chart.
    void showChart(QChart *chart, const QString &description);

Q_SIGNALS:
    // The colour scheme changed: build the chart again with newChart() and show it.
    void rebuildRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};
