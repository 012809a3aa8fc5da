#include "export/JsonTableWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray JsonTableWriter::toBytes(const TableSnapshot &table)
{
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonObject obj;
        for (qsizetype i = 0; i < table.keys.size() && i < row.size(); ++i)
            obj.insert(table.keys.at(i), QJsonValue::fromVariant(row.at(i)));
        rows.append(obj);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(table.keys)},
                                     {QStringLiteral("rows"), rows}})
        .toJson(QJsonDocument::Indented);
}

bool JsonTableWriter::write(const TableSnapshot &table, QIODevice *device, QString *error)
{
    const QByteArray bytes = toBytes(table);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("JsonTableWriter", "Could not write the file: %1").arg(device->errorString());
        return false;
    }
    return true;
}
