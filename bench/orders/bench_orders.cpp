// bench_orders [ORDERS]: builds a store with ORDERS orders (default 1,000,000), one item each and
// 100k customers, straight into SQLite, then times what the orders pane does: open (first batch),
// sort by total, filter by status, a deep fetchMore, and the same SQL in the sqlite3 shell.
#include "PeakMemory.h"
#include "itemmodels/OrderTableModel.h"
#include "store/Database.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

namespace {
const QStringList kStatuses = {QStringLiteral("completed"), QStringLiteral("paid"),
                               QStringLiteral("shipped"),   QStringLiteral("pending"),
                               QStringLiteral("cancelled"), QStringLiteral("refunded")};
const int kStatusWeights[] = {50, 20, 15, 5, 7, 3};

QString pickStatus(QRandomGenerator &rng)
{
    int roll = int(rng.bounded(100));
    for (int i = 0; i < 6; ++i) {
        if (roll < kStatusWeights[i])
            return kStatuses.at(i);
        roll -= kStatusWeights[i];
    }
    return kStatuses.first();
}

bool fill(Database &db, int orders)
{
    QSqlDatabase conn = db.connection();
    QRandomGenerator rng(42);
    const qint64 end = 1795881600000; // 2026-11-24 00:00 +08:00
    const qint64 span = 365LL * 24 * 3600 * 1000;
    // Bulk loading only: nothing here needs to survive a power cut.
    QSqlQuery(conn).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    conn.transaction();
    QSqlQuery shop(conn);
    shop.exec(QStringLiteral("INSERT INTO shop VALUES ('shop_1', '山野茶舍', 'CNY', "
                             "'Asia/Shanghai', '[1000,500,200]', 0)"));
    QSqlQuery c(conn);
    c.prepare(QStringLiteral(
        "INSERT INTO customers (id, nickname, registered_at, wechat_followed, updated_at) "
        "VALUES (?, ?, 0, 0, 0)"));
    for (int i = 0; i < 100000; ++i) {
        c.addBindValue(QStringLiteral("c_%1").arg(i));
        c.addBindValue(QStringLiteral("顾客%1").arg(i));
        if (!c.exec())
            return false;
    }
    QSqlQuery o(conn);
    o.prepare(QStringLiteral(
        "INSERT INTO orders (id, number, customer_id, status, created_at, paid_at, total, "
        "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)"));
    QSqlQuery item(conn);
    item.prepare(QStringLiteral(
        "INSERT INTO order_items (order_id, line, product_id, title, quantity, unit_price) "
        "VALUES (?, 0, 'p_1', '明前龙井 250g', ?, ?)"));
    for (int i = 0; i < orders; ++i) {
        const QString id = QStringLiteral("o_%1").arg(i);
        const qint64 created = end - qint64(rng.bounded(double(span)));
        const qint64 quantity = 1 + rng.bounded(4);
        const qint64 unit = 1000 + rng.bounded(50000);
        const QString status = pickStatus(rng);
        o.addBindValue(id);
        o.addBindValue(QStringLiteral("YT%1").arg(i, 8, 10, QLatin1Char('0')));
        o.addBindValue(QStringLiteral("c_%1").arg(rng.bounded(100000)));
        o.addBindValue(status);
        o.addBindValue(created);
        o.addBindValue(status == QLatin1String("pending") ? QVariant(QMetaType(QMetaType::LongLong))
                                                          : QVariant(created + 60000));
        o.addBindValue(quantity * unit);
        item.addBindValue(id);
        item.addBindValue(quantity);
        item.addBindValue(unit);
        if (!o.exec() || !item.exec())
            return false;
    }
    return conn.commit();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs `sql` in the sqlite3 shell with .timer on and returns its "real" time in ms (-1: failed).
double sqliteShell(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {path});
    if (!p.waitForStarted())
        return -1;
    p.write(
        (QStringLiteral(".timer on\n.output /dev/null\n") + sql + QStringLiteral(";\n")).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(120000);
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QRegularExpressionMatch m =
        real.match(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    return m.hasMatch() ? m.captured(1).toDouble() * 1000.0 : -1;
}

// The SELECT the orders model issues, with its bound values written in.
QString modelSql(const QString &where, const QString &orderBy, int offset = 0)
{
    return QStringLiteral(
               "SELECT o.number, o.created_at, COALESCE(c.nickname, o.customer_id), o.status, "
               "(SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi WHERE oi.order_id = "
               "o.id), o.total, o.paid_at, "
               "TRIM(COALESCE(o.carrier, '') || ' ' || COALESCE(o.tracking_number, '')), "
               "(SELECT MAX(ob.state) FROM outbox ob WHERE ob.kind = 'orders' AND ob.record_id = "
               "o.id), o.id "
               "FROM orders o LEFT JOIN customers c ON c.id = o.customer_id %1 ORDER BY %2 LIMIT "
               "300 OFFSET %3")
        .arg(where, orderBy)
        .arg(offset);
}

void report(const char *what, double model, double shell)
{
    std::printf("%-34s model %8.1f ms   sqlite3 %8.1f ms   ratio %5.2f   %s\n", what, model, shell,
                shell > 0 ? model / shell : 0.0, model < 200 ? "ok (< 200 ms)" : "OVER 200 ms");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_ORDERS_KEEP"));
    const QString path = dir.filePath(QStringLiteral("orders.sqlite"));
    QString error;
    auto db = Database::open(StoreLocation::parse(path), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (!fill(*db, orders)) {
        std::fprintf(stderr, "fill failed\n");
        return 1;
    }
    std::printf("store: %d orders, %d order items, 100000 customers written in %.1f s (%s)\n",
                orders, orders, ms(t) / 1000.0, qPrintable(path));
    QSqlQuery(db->connection()).exec(QStringLiteral("ANALYZE"));

    OrderTableModel model(*db);
    t.restart();
    model.reload();
    const double open = ms(t);
    t.restart();
    model.sort(OrderTableModel::Total, Qt::DescendingOrder);
    const double sortTotal = ms(t);
    t.restart();
    model.sort(OrderTableModel::Created, Qt::DescendingOrder);
    model.setStatusFilter(QStringLiteral("paid"));
    const double filterStatus = ms(t);
    t.restart();
    model.sort(OrderTableModel::Total, Qt::AscendingOrder);
    const double filterSort = ms(t);
    model.setStatusFilter({});
    model.sort(OrderTableModel::Created, Qt::DescendingOrder);
    for (int i = 0; i < 32; ++i)
        model.fetchMore({});
    t.restart();
    model.fetchMore({});
    const double deep = ms(t);
    const int rows = model.rowCount();

    const QString createdDesc = QStringLiteral("o.created_at DESC, o.id DESC");
    report("open (first 300, newest first)", open, sqliteShell(path, modelSql({}, createdDesc)));
    report("sort by total", sortTotal,
           sqliteShell(path, modelSql({}, QStringLiteral("o.total DESC, o.id DESC"))));
    report("filter status = paid", filterStatus,
           sqliteShell(path, modelSql(QStringLiteral("WHERE o.status = 'paid'"), createdDesc)));
    report("filter paid + sort by total", filterSort,
           sqliteShell(path, modelSql(QStringLiteral("WHERE o.status = 'paid'"),
                                      QStringLiteral("o.total ASC, o.id ASC"))));
    report("fetchMore at row 9,900", deep,
           sqliteShell(path, modelSql({}, createdDesc, rows - 300)));

    std::printf("peak memory (maxrss): %.1f MB (goal < 300 MB)\n", PeakMemory::mebibytes());
    return 0;
}
