#pragma once

#include <QString>

// How a table is written: encoding (Excel on Chinese Windows opens UTF-8 correctly only with a
// BOM; some older tools want GB18030), header style and format.
struct ExportOptions
{
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };
    enum class Header { Display, Keys };
    enum class Format { Csv, Json };

    Encoding encoding = Encoding::Utf8Bom;
    Header header = Header::Display;
    Format format = Format::Csv;

    // From the CLI's --encoding utf8-bom|utf8|gb18030 and --format csv|json (headers are keys).
    static bool fromCli(const QString &encoding, const QString &format, ExportOptions *out, QString *error);
    static QString encodingName(Encoding e);
};
