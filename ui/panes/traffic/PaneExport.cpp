#include "panes/traffic/PaneExport.h"

#include "export/CsvWriter.h"
#include "export/JsonTableWriter.h"
#include "export/TableSnapshot.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QTreeView>

namespace {

QList<int> visibleColumns(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    QList<int> columns;
    if (!header)
        return columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

TableSnapshot snapshotOf(QAbstractItemView *view)
{
    if (qobject_cast<QTreeView *>(view))
        return TableSnapshot::fromTree(view->model(), visibleColumns(view), 0);
    return TableSnapshot::fromModel(view->model(), visibleColumns(view));
}

} // namespace

QByteArray PaneExport::csvOf(QAbstractItemView *view)
{
    return CsvWriter::toBytes(snapshotOf(view), ExportOptions());
}

bool PaneExport::exportView(QWidget *parent, QAbstractItemView *view, const QString &baseName)
{
    const QString utf8 = QCoreApplication::translate("PaneExport", "CSV for Excel (UTF-8) (*.csv)");
    const QString gb = QCoreApplication::translate("PaneExport", "CSV GB18030 (*.csv)");
    const QString json = QCoreApplication::translate("PaneExport", "JSON (*.json)");
    QString filter = utf8;
    const QString suggested =
        QStringLiteral("%1-%2.csv").arg(baseName, QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("PaneExport", "Export table"), suggested,
        QStringList{utf8, gb, json}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return false;
    ExportOptions options;
    if (filter == gb)
        options.encoding = ExportOptions::Encoding::Gb18030;
    const TableSnapshot table = snapshotOf(view);
    const QByteArray bytes =
        filter == json ? JsonTableWriter::toBytes(table) : CsvWriter::toBytes(table, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(parent, QCoreApplication::translate("PaneExport", "Export table"),
                             file.errorString());
        return false;
    }
    return true;
}

bool PaneExport::writeChartPng(QChartView *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

bool PaneExport::saveChart(QWidget *parent, QChartView *chart, const QString &baseName)
{
    const QString suggested =
        QStringLiteral("%1-%2.png").arg(baseName, QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("PaneExport", "Save chart"), suggested,
        QCoreApplication::translate("PaneExport", "PNG image (*.png)"));
    if (path.isEmpty())
        return false;
    if (!writeChartPng(chart, path)) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("PaneExport", "Save chart"),
            QCoreApplication::translate("PaneExport", "Could not write %1").arg(path));
        return false;
    }
    return true;
}
