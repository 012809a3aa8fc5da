#include "store/StoreSetAside.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

QString StoreSetAside::moveAside(const QString &sqlitePath, const QString &why, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(sqlitePath, why, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(sqlitePath, why, stamp).arg(n);
    if (!QFile::rename(sqlitePath, target)) {
        if (error)
            *error =
                QCoreApplication::translate("StoreSetAside",
                                            "The store file %1 could not be renamed to %2: "
                                            "the folder may be read-only.")
                    .arg(QDir::toNativeSeparators(sqlitePath), QDir::toNativeSeparators(target));
        return {};
    }
    // SQLite's side files belong to the file they were written for.
    for (const QLatin1String side : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFile::exists(sqlitePath + side))
            QFile::rename(sqlitePath + side, target + side);
    }
    return target;
}
