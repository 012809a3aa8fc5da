#include "outbox/OutboxSyncObserver.h"

#include "outbox/LocalRecords.h"
#include "outbox/Outbox.h"
#include "store/Database.h"

#include <QSqlQuery>

namespace {
QSet<QString> editedIds(Database &db, Collection kind)
{
    QSet<QString> ids;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT record_id FROM outbox WHERE kind = ?"));
    q.addBindValue(Collections::name(kind));
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}
} // namespace

bool OutboxSyncObserver::pageApplied(Database &db, const ParsedPage &page, QString *error)
{
    if (page.collection != Collection::Products && page.collection != Collection::Orders)
        return true;
    const QSet<QString> edited = editedIds(db, page.collection);
    QSet<QString> touched;
    if (page.collection == Collection::Products) {
        for (const ProductRecord &p : page.products) {
            if (edited.contains(p.id))
                touched.insert(p.id);
        }
    } else {
        QList<LocalRecords::StatusNote> notes;
        for (const OrderRecord &o : page.orders) {
            if (edited.contains(o.id))
                touched.insert(o.id); // its timeline already shows the local change
            else
                notes.append({o.id, o.status, o.updatedAt});
        }
        if (!LocalRecords(db).noteStatuses(notes, QStringLiteral("site"), error))
            return false;
    }
    return Outbox(db).reapply(page.collection, touched, error);
}
