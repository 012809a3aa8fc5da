#include "export/ExportOptions.h"

#include <QCoreApplication>

bool ExportOptions::fromCli(const QString &encoding, const QString &format, ExportOptions *out, QString *error)
{
    ExportOptions o;
    o.header = Header::Keys;
    const QString e = encoding.toLower();
    if (e.isEmpty() || e == QLatin1String("utf8-bom") || e == QLatin1String("utf-8-bom"))
        o.encoding = Encoding::Utf8Bom;
    else if (e == QLatin1String("utf8") || e == QLatin1String("utf-8"))
        o.encoding = Encoding::Utf8;
    else if (e == QLatin1String("gb18030") || e == QLatin1String("gbk"))
        o.encoding = Encoding::Gb18030;
    else {
        *error = QCoreApplication::translate("ExportOptions", "Unknown encoding \"%1\" (use utf8-bom, utf8 or gb18030).").arg(encoding);
        return false;
    }
    const QString f = format.toLower();
    if (f.isEmpty() || f == QLatin1String("csv"))
        o.format = Format::Csv;
    else if (f == QLatin1String("json"))
        o.format = Format::Json;
    else {
        *error = QCoreApplication::translate("ExportOptions", "Unknown format \"%1\" (use csv or json).").arg(format);
        return false;
    }
    *out = o;
    return true;
}

QString ExportOptions::encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8Bom:
        return QStringLiteral("utf8-bom");
    case Encoding::Utf8:
        return QStringLiteral("utf8");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}
