#include "export/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringEncoder>

namespace {

bool isPlainNumber(const QString &s)
{
    qsizetype i = 0;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+')))
        i = 1;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits = true;
        } else if (c == QLatin1Char('.') && !dot) {
            dot = true;
        } else {
            return false;
        }
    }
    return digits;
}

QByteArray encode(const QString &text, ExportOptions::Encoding encoding)
{
    switch (encoding) {
    case ExportOptions::Encoding::Utf8Bom:
    case ExportOptions::Encoding::Utf8:
        return text.toUtf8();
    case ExportOptions::Encoding::Gb18030: {
        QStringEncoder encoder("GB18030");
        if (!encoder.isValid())
            return text.toUtf8(); // unreachable with ICU; never silently drop the data
        return encoder.encode(text);
    }
    }
    return text.toUtf8();
}

} // namespace

QString CsvWriter::cellText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 4).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString CsvWriter::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::quote(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needs)
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray CsvWriter::toBytes(const TableSnapshot &table, const ExportOptions &options)
{
    QString text;
    const QStringList &header = options.header == ExportOptions::Header::Keys ? table.keys : table.headers;
    QStringList cells;
    for (const QString &h : header)
        cells << quote(neutralise(h));
    text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        cells.clear();
        for (const QVariant &v : row)
            cells << quote(neutralise(cellText(v)));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes;
    if (options.encoding == ExportOptions::Encoding::Utf8Bom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += encode(text, options.encoding);
    return bytes;
}

bool CsvWriter::write(const TableSnapshot &table, QIODevice *device, const ExportOptions &options, QString *error)
{
    const QByteArray bytes = toBytes(table, options);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("CsvWriter", "Could not write the file: %1").arg(device->errorString());
        return false;
    }
    return true;
}
