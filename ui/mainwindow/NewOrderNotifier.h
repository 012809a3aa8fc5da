#pragma once

#include <QObject>
#include <QString>

class Database;
class QSystemTrayIcon;

// After a sync brings new paid orders, a desktop notification (system tray): "3 new paid orders,
// ¥1,234.00". The user can turn it off or only hear about orders from a minimum amount
// (QSettings notifications/newOrders, notifications/minAmountFen). What was already seen is kept
// in the store's meta table, so the first sync of a shop does not announce its whole history.
class NewOrderNotifier : public QObject
{
    Q_OBJECT
public:
    explicit NewOrderNotifier(Database &db, QObject *parent = nullptr);

    static bool enabled();
    static qint64 minimumAmount(); // fen
    static void setEnabled(bool on);
    static void setMinimumAmount(qint64 fen);

    // Looks for paid orders newer than the last check; announces them if the settings say so.
    void check();

Q_SIGNALS:
    void announced(const QString &title, const QString &text);

private:
    Database &m_db;
    QSystemTrayIcon *m_tray = nullptr;
};
