#include "store/StoreChangeNotifier.h"

#include "store/Database.h"
#include "store/SyncLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

StoreChangeNotifier::StoreChangeNotifier(const Database &db, QObject *parent, int pollMs)
    : QObject(parent), m_db(db)
{
    QSqlDriver *driver = db.connection().driver();
    if (db.dialect().hasNotifications() && driver && driver->subscribeToNotification(channel())) {
        m_listening = true;
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != channel())
                    return;
                const QString origin = payload.toString();
                Q_EMIT changed(origin, origin == thisOrigin());
            });
        return;
    }
    QString origin;
    m_lastCounter = readCounter(&origin);
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &StoreChangeNotifier::poll);
    m_poll.start();
}

StoreChangeNotifier::~StoreChangeNotifier()
{
    if (m_listening) {
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(channel());
    }
}

QString StoreChangeNotifier::channel()
{
    return QStringLiteral("yutang_store_changed");
}

QString StoreChangeNotifier::thisOrigin()
{
    return QStringLiteral("%1:%2")
        .arg(SyncLock::thisHost())
        .arg(QCoreApplication::applicationPid());
}

bool StoreChangeNotifier::announce(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "UPDATE store_changes SET counter = counter + 1, changed_at = ?, origin = ? WHERE id = 1"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(thisOrigin());
    bool ok = q.exec();
    if (db.dialect().hasNotifications()) {
        q.prepare(db.dialect().notifySql());
        q.addBindValue(channel());
        q.addBindValue(thisOrigin());
        ok = q.exec() && ok;
    }
    return ok;
}

qint64 StoreChangeNotifier::readCounter(QString *origin) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT counter, origin FROM store_changes WHERE id = 1")) ||
        !q.next())
        return -1;
    *origin = q.value(1).toString();
    return q.value(0).toLongLong();
}

void StoreChangeNotifier::poll()
{
    ++m_polls;
    QString origin;
    const qint64 counter = readCounter(&origin);
    if (counter < 0 || counter == m_lastCounter)
        return;
    m_lastCounter = counter;
    Q_EMIT changed(origin, origin == thisOrigin());
}
