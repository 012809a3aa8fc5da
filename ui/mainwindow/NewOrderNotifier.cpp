#include "mainwindow/NewOrderNotifier.h"

#include "core/Money.h"
#include "store/Database.h"

#include <QApplication>
#include <QSettings>
#include <QSqlQuery>
#include <QStyle>
#include <QSystemTrayIcon>

namespace {
const QString kMetaKey = QStringLiteral("notify.paid_seen_until");
const QString kEnabledKey = QStringLiteral("notifications/newOrders");
const QString kMinimumKey = QStringLiteral("notifications/minAmountFen");
} // namespace

NewOrderNotifier::NewOrderNotifier(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray =
            new QSystemTrayIcon(QApplication::style()->standardIcon(QStyle::SP_ComputerIcon), this);
        m_tray->setToolTip(tr("Yutang"));
        m_tray->show();
    }
}

bool NewOrderNotifier::enabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

qint64 NewOrderNotifier::minimumAmount()
{
    return QSettings().value(kMinimumKey, 0).toLongLong();
}

void NewOrderNotifier::setEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
}

void NewOrderNotifier::setMinimumAmount(qint64 fen)
{
    QSettings().setValue(kMinimumKey, qMax<qint64>(0, fen));
}

void NewOrderNotifier::check()
{
    QSqlQuery q(m_db.connection());
    const QString seen = m_db.meta(kMetaKey);
    if (seen.isEmpty()) {
        // First look at this store: remember where the history ends, announce nothing.
        if (q.exec(QStringLiteral(
                "SELECT COALESCE(MAX(paid_at), 0) FROM orders WHERE status = 'paid'")) &&
            q.next())
            m_db.setMeta(kMetaKey, q.value(0).toString());
        return;
    }
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(total), 0), COALESCE(MAX(paid_at), 0) FROM orders "
        "WHERE status = 'paid' AND paid_at > ? AND total >= ?"));
    q.addBindValue(seen.toLongLong());
    q.addBindValue(minimumAmount());
    if (!q.exec() || !q.next())
        return;
    const int count = q.value(0).toInt();
    if (count == 0)
        return;
    m_db.setMeta(kMetaKey, QString::number(q.value(2).toLongLong()));
    if (!enabled())
        return;
    const QString title = tr("%n new paid order(s)", nullptr, count);
    const QString text =
        tr("Together %1 — ready to ship.").arg(Money::display(q.value(1).toLongLong()));
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    Q_EMIT announced(title, text);
}
