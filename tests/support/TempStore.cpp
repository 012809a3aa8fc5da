#include "TempStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

TempStore::TempStore()
{
    m_path = m_dir.filePath(QStringLiteral("store.sqlite"));
    QString error;
    m_db = Database::open(StoreLocation::parse(m_path), &error);
    if (!m_db)
        qFatal("Cannot open a temporary store: %s", qPrintable(error));
}

std::unique_ptr<Database> TempStore::openAnother(const QString &fileName)
{
    QString error;
    auto db = Database::open(StoreLocation::parse(m_dir.filePath(fileName)), &error);
    if (!db)
        qWarning("Cannot open %s: %s", qPrintable(fileName), qPrintable(error));
    return db;
}

QStringList TempStore::dump(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    QString order = table == QLatin1String("order_items") ? QStringLiteral("order_id, line") : QStringLiteral("id");
    if (table == QLatin1String("quarantine"))
        order = QStringLiteral("collection, record_id, reason");
    const QString columns = table == QLatin1String("quarantine") ? QStringLiteral("collection, record_id, reason, raw_json")
                                                                  : QStringLiteral("*");
    QStringList rows;
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns, table, order)))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList cells;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            if (rec.fieldName(i) == QLatin1String("listing_gen"))
                continue;
            cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}
