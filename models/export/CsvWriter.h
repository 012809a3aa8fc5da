#pragma once

#include "export/ExportOptions.h"
#include "export/TableSnapshot.h"

#include <QByteArray>

class QIODevice;

// RFC 4180 CSV that Excel opens correctly: CRLF line ends, fields with commas, quotes, CR or LF
// quoted with doubled quotes, UTF-8 with a BOM by default, and cells that a spreadsheet would
// run as a formula neutralised.
class CsvWriter
{
public:
    static bool write(const TableSnapshot &table, QIODevice *device, const ExportOptions &options, QString *error);
    static QByteArray toBytes(const TableSnapshot &table, const ExportOptions &options);

    // A cell as text, made safe: text starting with = + - @ TAB or CR gets a leading apostrophe
    // (OWASP's advice), except plain numbers such as "-12.50", which stay numbers.
    static QString neutralise(const QString &cell);
    static QString quote(const QString &field);
    static QString cellText(const QVariant &value);
};
