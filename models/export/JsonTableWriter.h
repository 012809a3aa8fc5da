#pragma once

#include "export/TableSnapshot.h"

#include <QByteArray>

class QIODevice;

// The same rows as the CSV, for scripts: {"columns": [keys], "rows": [{key: value}]}.
class JsonTableWriter
{
public:
    static QByteArray toBytes(const TableSnapshot &table);
    static bool write(const TableSnapshot &table, QIODevice *device, QString *error);
};
