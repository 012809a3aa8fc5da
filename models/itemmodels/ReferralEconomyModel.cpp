#include "itemmodels/ReferralEconomyModel.h"

#include "analytics/ShopDay.h"
#include "analytics/TrafficSource.h"
#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

ReferralEconomyModel::ReferralEconomyModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void ReferralEconomyModel::setDateRange(const DateRange &range)
{
    m_range = range;
}

void ReferralEconomyModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    m_shop = ShopInfo::load(m_db);
    const int from = m_range.isValid() ? ShopDay::key(m_range.from()) : 0;
    const int to = m_range.isValid() ? ShopDay::key(m_range.to()) : 99991231;
    QHash<std::pair<QString, QString>, int> rowOf;
    auto rowFor = [&](const QString &channel, const QString &source) -> Row & {
        const auto key = std::pair(channel, source);
        auto it = rowOf.constFind(key);
        if (it == rowOf.cend()) {
            Row r;
            r.channel = channel;
            r.source = source;
            it = rowOf.insert(key, int(m_rows.size()));
            m_rows.append(r);
        }
        return m_rows[*it];
    };
    // Their own figures, summed per registration day (customer_daily).
    QSqlQuery own(m_db.connection());
    bool ok = own.prepare(QStringLiteral(
        "SELECT channel, source, SUM(customers), SUM(inviters), SUM(invitees1), SUM(invitees2), "
        "SUM(invitees3), SUM(spent), SUM(commission_on_orders) FROM customer_daily WHERE "
        "day >= :from AND day <= :to GROUP BY channel, source"));
    if (ok) {
        own.bindValue(QStringLiteral(":from"), from);
        own.bindValue(QStringLiteral(":to"), to);
        ok = own.exec();
    }
    qint64 invitees = 0; // of the customers in the range, on every level
    while (ok && own.next()) {
        Row &r = rowFor(own.value(0).toString(), own.value(1).toString());
        r.customers = own.value(2).toLongLong();
        r.inviters = own.value(3).toLongLong();
        for (int level = 0; level < 3; ++level) {
            r.invitees[level] = own.value(4 + level).toLongLong();
            invitees += r.invitees[level];
        }
        r.ownRevenue = own.value(7).toLongLong();
        r.commissions += own.value(8).toLongLong();
    }
    // Invitees who did not register in the range, credited to their nearest inviter who did.
    // Found from the smaller side: the customers registered outside the range (a long range),
    // or the invitees of those inside it, by their inviters' days (a short one). The unary plus
    // keeps SQLite from an index on the other side's columns.
    qint64 outside = 0;
    QSqlQuery count(m_db.connection());
    if (ok)
        ok = count.prepare(QStringLiteral("SELECT COALESCE(SUM(customers), 0) FROM customer_daily "
                                          "WHERE day < :from OR day > :to"));
    if (ok) {
        count.bindValue(QStringLiteral(":from"), from);
        count.bindValue(QStringLiteral(":to"), to);
        ok = count.exec() && count.next();
        if (ok)
            outside = count.value(0).toLongLong();
    }
    const bool byOwnDay = outside <= invitees;
    const QString plus = byOwnDay ? QStringLiteral("+") : QString();
    const QString in = QStringLiteral("(%1inviter%2_day >= :from AND %1inviter%2_day <= :to)");
    auto inRange = [&](int level) { return in.arg(plus).arg(level); };
    const QString ownOutside =
        byOwnDay ? QStringLiteral("(registered_day < :from OR registered_day > :to)")
                 : QStringLiteral("(+registered_day < :from OR +registered_day > :to)");
    const QString sums = QStringLiteral("SUM(spent), SUM(commission_on_orders)");
    QString sql;
    if (byOwnDay) {
        sql = QStringLiteral("SELECT CASE WHEN %1 THEN inviter1_channel WHEN %2 THEN "
                             "inviter2_channel ELSE inviter3_channel END, CASE WHEN %1 THEN "
                             "inviter1_source WHEN %2 THEN inviter2_source ELSE inviter3_source "
                             "END, %4 FROM customer_stats WHERE %5 AND (%1 OR %2 OR %3) "
                             "GROUP BY 1, 2")
                  .arg(inRange(1), inRange(2), inRange(3), sums, ownOutside);
    } else {
        QStringList branches;
        for (int level = 1; level <= 3; ++level) {
            QStringList where{inRange(level), ownOutside};
            for (int nearer = 1; nearer < level; ++nearer)
                where << QStringLiteral("(+inviter%1_day IS NULL OR +inviter%1_day < :from OR "
                                        "+inviter%1_day > :to)")
                             .arg(nearer);
            branches << QStringLiteral("SELECT inviter%1_channel AS channel, inviter%1_source AS "
                                       "source, %2 FROM customer_stats WHERE %3 GROUP BY 1, 2")
                            .arg(level)
                            .arg(sums, where.join(QStringLiteral(" AND ")));
        }
        sql = branches.join(QStringLiteral(" UNION ALL "));
    }
    QSqlQuery invited(m_db.connection());
    if (ok)
        ok = invited.prepare(sql);
    if (ok) {
        invited.bindValue(QStringLiteral(":from"), from);
        invited.bindValue(QStringLiteral(":to"), to);
        ok = invited.exec();
    }
    while (ok && invited.next()) {
        Row &r = rowFor(invited.value(0).toString(), invited.value(1).toString());
        r.inviteesRevenue += invited.value(2).toLongLong();
        r.commissions += invited.value(3).toLongLong();
    }
    if (!ok) {
        m_lastError = (own.lastError().isValid()     ? own
                       : count.lastError().isValid() ? count
                                                     : invited)
                          .lastError()
                          .text();
        m_rows.clear();
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.net() != b.net() ? a.net() > b.net()
                                  : std::tie(a.channel, a.source) < std::tie(b.channel, b.source);
    });
    endResetModel();
}

ReferralEconomyModel::Row ReferralEconomyModel::totals() const
{
    Row t;
    for (const Row &r : m_rows) {
        t.customers += r.customers;
        t.inviters += r.inviters;
        for (int level = 0; level < 3; ++level)
            t.invitees[level] += r.invitees[level];
        t.ownRevenue += r.ownRevenue;
        t.inviteesRevenue += r.inviteesRevenue;
        t.commissions += r.commissions;
    }
    return t;
}

int ReferralEconomyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int ReferralEconomyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralEconomyModel::rawValue(const Row &r, int column) const
{
    auto perCustomer = [&](qint64 v) {
        return r.customers > 0 ? QVariant(double(v) / double(r.customers)) : QVariant();
    };
    switch (Column(column)) {
    case Channel:
        return r.channel;
    case Source:
        return r.source;
    case Customers:
        return r.customers;
    case InviterShare:
        return perCustomer(r.inviters);
    case InviteesPerCustomer1:
        return perCustomer(r.invitees[0]);
    case InviteesPerCustomer2:
        return perCustomer(r.invitees[1]);
    case InviteesPerCustomer3:
        return perCustomer(r.invitees[2]);
    case OwnRevenue:
        return r.ownRevenue;
    case InviteesRevenue:
        return r.inviteesRevenue;
    case Commissions:
        return r.commissions;
    case NetRevenue:
        return r.net();
    case NetPerCustomer:
        // Whole fen, rounded half away from zero.
        return r.customers > 0
                   ? QVariant((2 * r.net() + (r.net() < 0 ? -r.customers : r.customers)) /
                              (2 * r.customers))
                   : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReferralEconomyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == m_rows.size();
    const Row r = total ? totals() : m_rows.at(index.row());
    const int column = index.column();
    const QVariant raw = rawValue(r, column);
    const bool money = column == OwnRevenue || column == InviteesRevenue || column == Commissions ||
                       column == NetRevenue || column == NetPerCustomer;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Channel)
            return total                 ? tr("Total")
                   : r.channel.isEmpty() ? tr("First visit not on record")
                                         : TrafficSource::channelDisplayName(r.channel);
        if (column == Source)
            return total || r.source.isEmpty() ? QString()
                                               : TrafficSource::sourceDisplayName(r.source);
        if (raw.isNull())
            return {};
        if (money)
            return Money::display(raw.toLongLong(), m_shop.currency);
        if (column == InviterShare)
            return QLocale().toString(raw.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
        if (column == Customers)
            return QLocale().toString(raw.toLongLong());
        return QLocale().toString(raw.toDouble(), 'f', 2);
    case ItemRoles::RawValueRole:
        return raw;
    case ItemRoles::ExportRole:
        if (total && (column == Channel || column == Source))
            return column == Channel ? QStringLiteral("total") : QString();
        if (money)
            return raw.isNull() ? QVariant() : QVariant(Money::toDecimal(raw.toLongLong()));
        if (column == InviterShare ||
            (column >= InviteesPerCustomer1 && column <= InviteesPerCustomer3))
            return raw.isNull() ? QVariant() : QVariant(QString::number(raw.toDouble(), 'f', 4));
        return raw;
    case ItemRoles::RowKindRole:
        return total ? QStringLiteral("total") : QStringLiteral("source");
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column <= Source ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString ReferralEconomyModel::columnKey(int column)
{
    static const char *const keys[] = {"channel",
                                       "source",
                                       "customers",
                                       "inviter_share",
                                       "invitees_per_customer_1",
                                       "invitees_per_customer_2",
                                       "invitees_per_customer_3",
                                       "own_revenue",
                                       "invitees_revenue",
                                       "commissions",
                                       "net_revenue",
                                       "net_per_customer"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QVariant ReferralEconomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ItemRoles::ColumnKeyRole)
        return columnKey(section);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Channel:
            return tr("Channel");
        case Source:
            return tr("Source");
        case Customers:
            return tr("Customers");
        case InviterShare:
            return tr("Invited anyone");
        case InviteesPerCustomer1:
            return tr("Invitees per customer");
        case InviteesPerCustomer2:
            return tr("Level 2 per customer");
        case InviteesPerCustomer3:
            return tr("Level 3 per customer");
        case OwnRevenue:
            return tr("Own revenue");
        case InviteesRevenue:
            return tr("Invitees' revenue");
        case Commissions:
            return tr("Commissions");
        case NetRevenue:
            return tr("Net revenue");
        case NetPerCustomer:
            return tr("Net per customer");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Customers:
            return tr("Customers who registered in the date range, by the channel and source of "
                      "their first visit");
        case InviterShare:
            return tr("Share of these customers who invited at least one customer");
        case InviteesPerCustomer1:
            return tr("Customers they invited directly, per customer: the viral factor");
        case InviteesPerCustomer2:
            return tr("Customers invited by their invitees, per customer");
        case InviteesPerCustomer3:
            return tr("Customers three levels down, per customer");
        case OwnRevenue:
            return tr("Their paid orders to date");
        case InviteesRevenue:
            return tr("Paid orders to date of the customers they brought in, up to three levels "
                      "down, who did not register in the range themselves; each is credited to "
                      "their nearest inviter who did");
        case Commissions:
            return tr("Commissions booked on those orders (own and invitees'), not reversed");
        case NetRevenue:
            return tr("Own revenue plus invitees' revenue minus commissions");
        case NetPerCustomer:
            return tr("Net revenue per customer acquired");
        default:
            break;
        }
    }
    return {};
}
