#include "store/SyncLock.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

SyncLock::SyncLock(Database &db) : m_db(db)
{}

SyncLock::~SyncLock()
{
    release();
}

QString SyncLock::thisHost()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

qint64 SyncLock::key(const Database &db)
{
    // FNV-1a over a fixed name and the database: stable across desktops and builds (qHash is
    // seeded per process). Advisory locks are per database already; the name keeps the key clear
    // of other applications' keys on the same database.
    const QByteArray name = "yutang-sync/" + db.location().database.toUtf8();
    quint64 h = 14695981039346656037ULL;
    for (char c : name) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return qint64(h);
}

SyncLock::Outcome SyncLock::tryAcquire(Holder *holder, QString *error)
{
    if (m_held)
        return Outcome::Acquired;
    QSqlQuery q(m_db.connection());
    if (m_db.dialect().hasAdvisoryLocks()) {
        q.prepare(m_db.dialect().tryAdvisoryLockSql());
        q.addBindValue(key(m_db));
        if (!q.exec() || !q.next()) {
            if (error)
                *error = QCoreApplication::translate("SyncLock", "Cannot take the sync lock: %1")
                             .arg(q.lastError().text());
            return Outcome::Error;
        }
        if (!q.value(0).toBool()) {
            if (holder)
                *holder = currentHolder(m_db);
            return Outcome::HeldElsewhere;
        }
    }
    m_held = true;
    q.prepare(
        QStringLiteral("UPDATE sync_lock SET host = ?, pid = ?, started_at = ? WHERE id = 1"));
    q.addBindValue(thisHost());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        release();
        return Outcome::Error;
    }
    return Outcome::Acquired;
}

void SyncLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral(
        "UPDATE sync_lock SET host = NULL, pid = NULL, started_at = NULL WHERE id = 1"));
    if (m_db.dialect().hasAdvisoryLocks()) {
        q.prepare(m_db.dialect().advisoryUnlockSql());
        q.addBindValue(key(m_db));
        q.exec();
    }
}

SyncLock::Holder SyncLock::currentHolder(const Database &db)
{
    Holder holder;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT host, pid, started_at FROM sync_lock WHERE id = 1")) &&
        q.next() && !q.value(0).isNull()) {
        holder.host = q.value(0).toString();
        holder.pid = q.value(1).toLongLong();
        holder.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong()).toUTC();
    }
    return holder;
}

bool SyncLock::isHeldByAnyone(const Database &db)
{
    if (!db.dialect().hasAdvisoryLocks())
        return false;
    const quint64 k = quint64(key(db));
    QSqlQuery q(db.connection());
    q.prepare(db.dialect().advisoryLockHeldSql());
    q.addBindValue(qint64(k >> 32));
    q.addBindValue(qint64(k & 0xffffffffULL));
    return q.exec() && q.next() && q.value(0).toLongLong() > 0;
}
