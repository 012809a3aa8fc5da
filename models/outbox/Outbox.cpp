#include "outbox/Outbox.h"

#include "outbox/EditRules.h"
#include "outbox/LocalRecords.h"
#include "store/Database.h"
#include "store/StoreFault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Outbox", s);
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant nullableJson(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toJson(o));
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// Runs `work` in a transaction on `db`, committing only if it succeeds. A store that cannot be
// written says why (read-only, full, damaged, the team server gone) before anything is tried.
template <typename Work> bool transact(Database &db, QString *error, Work work)
{
    if (db.isReadOnly()) {
        *error = db.readOnlyReason();
        return false;
    }
    QSqlDatabase conn = db.connection();
    if (!conn.transaction()) {
        *error = StoreFault::diagnose(db, conn.lastError().text()).message();
        return false;
    }
    if (!work() || !conn.commit()) {
        if (error->isEmpty())
            *error = conn.lastError().text();
        conn.rollback();
        *error = StoreFault::diagnose(db, *error).message();
        return false;
    }
    return true;
}
} // namespace

qint64 Outbox::queue(Collection kind, const QString &recordId, const QJsonObject &fields,
                     QString *error)
{
    if (kind != Collection::Products && kind != Collection::Orders) {
        *error = tr("Only products and orders can be edited.");
        return 0;
    }
    error->clear();
    qint64 seq = 0;
    const bool ok = transact(m_db, error, [&] {
        LocalRecords records(m_db);
        QJsonObject current;
        qint64 version = 0;
        if (!records.read(kind, recordId, &current, &version, error)) {
            if (error->isEmpty())
                *error = tr("There is no %1 with id %2 in the store.")
                             .arg(Collections::name(kind), recordId);
            return false;
        }
        const bool valid =
            kind == Collection::Products
                ? EditRules::validateProduct(fields, error)
                : EditRules::validateOrder(current.value(QLatin1String("status")).toString(),
                                           fields, error);
        if (!valid)
            return false;
        QJsonObject before;
        if (kind == Collection::Products) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                before.insert(it.key(), current.value(it.key()));
        } else {
            before = current; // status and shipping together
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO outbox (kind, record_id, fields_json, before_json, base_version, "
            "idempotency_key, state, attempts, created_at, updated_at, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        q.addBindValue(Collections::name(kind));
        q.addBindValue(recordId);
        q.addBindValue(toJson(fields));
        q.addBindValue(toJson(before));
        q.addBindValue(version);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.addBindValue(key);
        q.addBindValue(int(OutboxEntry::State::Pending));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(localOrigin());
        if (!run(q, error))
            return false;
        // By its key, not MAX(seq): on a shared store another desktop may queue meanwhile.
        QSqlQuery last(m_db.connection());
        last.prepare(QStringLiteral("SELECT seq FROM outbox WHERE idempotency_key = ?"));
        last.addBindValue(key);
        if (!last.exec() || !last.next()) {
            *error = last.lastError().text();
            return false;
        }
        seq = last.value(0).toLongLong();
        if (!records.apply(kind, recordId, fields, error))
            return false;
        if (kind == Collection::Orders)
            return records.noteStatus(recordId, fields.value(QLatin1String("status")).toString(),
                                      now, QStringLiteral("local"), error);
        return true;
    });
    return ok ? seq : 0;
}

bool Outbox::discard(qint64 seq, QString *error)
{
    error->clear();
    const std::optional<OutboxEntry> e = entry(seq);
    if (!e) {
        *error = tr("No such edit in the outbox.");
        return false;
    }
    if (e->state == OutboxEntry::State::Sending) {
        *error = tr("This edit is being sent; it can no longer be taken back.");
        return false;
    }
    return transact(m_db, error, [&] {
        LocalRecords records(m_db);
        if (!remove(seq, error) || !records.apply(e->kind, e->recordId, e->before, error))
            return false;
        if (e->kind == Collection::Orders &&
            !records.noteStatus(e->recordId, e->before.value(QLatin1String("status")).toString(),
                                QDateTime::currentMSecsSinceEpoch(), QStringLiteral("undo"), error))
            return false;
        return reapply(e->kind, {e->recordId}, error);
    });
}

QList<OutboxEntry> Outbox::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT seq, kind, record_id, fields_json, before_json, base_version, idempotency_key, "
            "state, attempts, error, field_errors_json, theirs_json, created_at, updated_at, "
            "origin FROM outbox %1 ORDER BY seq")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<OutboxEntry> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        Collections::fromName(q.value(1).toString(), &e.kind);
        e.recordId = q.value(2).toString();
        e.fields = fromJson(q.value(3));
        e.before = fromJson(q.value(4));
        e.baseVersion = q.value(5).toLongLong();
        e.idempotencyKey = q.value(6).toString();
        OutboxEntry::stateFromInt(q.value(7).toInt(), &e.state);
        e.attempts = q.value(8).toInt();
        e.error = q.value(9).toString();
        e.fieldErrors = fromJson(q.value(10));
        e.theirs = fromJson(q.value(11));
        e.createdAt = q.value(12).toLongLong();
        e.updatedAt = q.value(13).toLongLong();
        e.origin = q.value(14).toString();
        list.append(e);
    }
    return list;
}

QList<OutboxEntry> Outbox::entries() const
{
    return select({}, {});
}

QList<OutboxEntry> Outbox::entriesFor(Collection kind, const QString &recordId) const
{
    return select(QStringLiteral("WHERE kind = ? AND record_id = ?"),
                  {Collections::name(kind), recordId});
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq) const
{
    const QList<OutboxEntry> list = select(QStringLiteral("WHERE seq = ?"), {seq});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QMap<OutboxEntry::State, int> Outbox::counts(QString *error) const
{
    QMap<OutboxEntry::State, int> map;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"))) {
        if (error)
            *error = q.lastError().text();
        return map;
    }
    while (q.next()) {
        OutboxEntry::State s;
        if (OutboxEntry::stateFromInt(q.value(0).toInt(), &s))
            map.insert(s, q.value(1).toInt());
    }
    return map;
}

int Outbox::size(QString *error) const
{
    QString failure;
    const QMap<OutboxEntry::State, int> all = counts(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return -1;
    }
    int n = 0;
    for (int c : all)
        n += c;
    return n;
}

bool Outbox::markSending(qint64 seq, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, attempts = attempts + 1, updated_at = ? WHERE seq = ?"));
    q.addBindValue(int(OutboxEntry::State::Sending));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(seq);
    return run(q, error);
}

bool Outbox::setOutcome(qint64 seq, OutboxEntry::State state, const QString &errorText,
                        QString *error, const QJsonObject &fieldErrors, const QJsonObject &theirs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, error = ?, field_errors_json = ?, theirs_json = ?, "
        "updated_at = ? WHERE seq = ?"));
    q.addBindValue(int(state));
    q.addBindValue(errorText.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(errorText));
    q.addBindValue(nullableJson(fieldErrors));
    q.addBindValue(nullableJson(theirs));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(seq);
    return run(q, error);
}

bool Outbox::requeue(qint64 seq, const QJsonObject &fields, qint64 baseVersion, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET fields_json = ?, base_version = ?, idempotency_key = ?, state = ?, "
        "attempts = 0, error = NULL, field_errors_json = NULL, theirs_json = NULL, "
        "updated_at = ? WHERE seq = ?"));
    q.addBindValue(toJson(fields));
    q.addBindValue(baseVersion);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(int(OutboxEntry::State::Pending));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(seq);
    return run(q, error);
}

bool Outbox::remove(qint64 seq, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    q.addBindValue(seq);
    return run(q, error);
}

QString Outbox::localOrigin()
{
    // YUTANG_DESKTOP_ID lets a test play two desktops on one machine.
    const QString forced = qEnvironmentVariable("YUTANG_DESKTOP_ID");
    if (!forced.isEmpty())
        return forced;
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::fromLatin1(QSysInfo::machineUniqueId().toHex());
}

bool Outbox::rebaseFollowers(const OutboxEntry &pushed, qint64 newVersion, QString *error)
{
    QSqlQuery q(m_db.connection());
    // Only this desktop's own later edits build on the pushed one; another desktop's edit of
    // the same record was made without seeing it and must meet the site's 412.
    q.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE kind = ? AND record_id = ? "
                             "AND base_version = ? AND seq > ? AND origin = ?"));
    q.addBindValue(newVersion);
    q.addBindValue(Collections::name(pushed.kind));
    q.addBindValue(pushed.recordId);
    q.addBindValue(pushed.baseVersion);
    q.addBindValue(pushed.seq);
    q.addBindValue(pushed.origin);
    return run(q, error);
}

bool Outbox::reapply(Collection kind, const QSet<QString> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    LocalRecords records(m_db);
    // The outbox is small (edits not yet on the site): read it once, not once per record.
    for (const OutboxEntry &e :
         select(QStringLiteral("WHERE kind = ?"), {Collections::name(kind)})) {
        if (ids.contains(e.recordId) && !records.apply(kind, e.recordId, e.fields, error))
            return false;
    }
    return true;
}
