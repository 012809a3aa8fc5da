#pragma once

#include <QString>

class QAbstractItemView;
class QChartView;
class QWidget;

// The traffic, funnels and overview panes' export actions: a table exactly as its view shows it
// (rows through the view's proxy, visible columns in view order, display headers) written by the
// shared exporter as CSV (UTF-8 with BOM, or GB18030) or JSON; a chart saved as PNG.
namespace PaneExport {
// Asks for a file; returns false if cancelled or failed (and says why in a message box).
bool exportView(QWidget *parent, QAbstractItemView *view, const QString &baseName);
bool saveChart(QWidget *parent, QChartView *chart, const QString &baseName);
// Without dialogs, for tests: the view's table as CSV bytes with display headers.
QByteArray csvOf(QAbstractItemView *view);
bool writeChartPng(QChartView *chart, const QString &path);
} // namespace PaneExport
