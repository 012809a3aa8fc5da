#include "itemmodels/CustomerTableModel.h"

#include "analytics/TrafficSource.h"
#include "core/Clock.h"
#include "customers/RfmSegment.h"
#include "store/Database.h"

#include <QSqlQuery>

CustomerTableModel::CustomerTableModel(Database &db, QObject *parent)
    : SqlTableModel(db, parent), m_thresholds(RfmThresholds::load(db))
{
    setBatchSize(300);
}

QList<SqlTableModel::Column> CustomerTableModel::columns() const
{
    return {
        {tr("Customer"), QStringLiteral("s.name"), Kind::Text,
         QStringLiteral("customer")},
        {tr("Registered"),
         QStringLiteral("c.registered_at"),
         Kind::DateTime,
         {},
         tr("When the customer registered, shop time")},
        {tr("First paid order"),
         QStringLiteral("s.first_paid_at"),
         Kind::DateTime,
         {},
         tr("Their first order that was paid (paid, shipped or completed), shop time")},
        {tr("Last paid order"),
         QStringLiteral("s.last_paid_at"),
         Kind::DateTime,
         {},
         tr("Their latest paid order: how recently they bought")},
        {tr("Paid orders"),
         QStringLiteral("s.paid_orders"),
         Kind::Integer,
         {},
         tr("Orders paid, shipped or completed; refunded and cancelled ones do not count")},
        {tr("Spent"),
         QStringLiteral("s.spent"),
         Kind::Money,
         {},
         tr("The totals of their paid orders")},
        {tr("Average order"),
         QStringLiteral("(CASE WHEN s.paid_orders > 0 THEN s.spent / s.paid_orders END)"),
         Kind::Money, QStringLiteral("average_order"), tr("Spent divided by paid orders")},
        {tr("Refunded"),
         QStringLiteral("s.refunded"),
         Kind::Money,
         {},
         tr("The totals of their refunded orders (not counted as spent)")},
        {tr("Channel"),
         QStringLiteral("s.channel"),
         Kind::Text,
         {},
         tr("The channel of their first visit on record, classified as in Traffic")},
        {tr("Source"), QStringLiteral("s.source"), Kind::Text},
        {tr("Inviter"), QStringLiteral("COALESCE(inv.nickname, s.inviter1)"), Kind::Text,
         QStringLiteral("inviter")},
        {tr("Invitees"),
         QStringLiteral("s.invitees1"),
         Kind::Integer,
         {},
         tr("Customers they invited directly")},
        {tr("Level 2 invitees"),
         QStringLiteral("s.invitees2"),
         Kind::Integer,
         {},
         tr("Customers invited by their invitees")},
        {tr("Level 3 invitees"),
         QStringLiteral("s.invitees3"),
         Kind::Integer,
         {},
         tr("Customers three levels below them")},
        {tr("Commission earned"),
         QStringLiteral("s.commission_earned"),
         Kind::Money,
         {},
         tr("Commissions booked for them as inviter, not reversed")},
        {tr("Commission on their orders"),
         QStringLiteral("s.commission_on_orders"),
         Kind::Money,
         {},
         tr("Commissions their own orders cost, paid to their inviters, not reversed")},
        {tr("Segment"), RfmSegment::sqlExpression(QStringLiteral("s")), Kind::Integer,
         QStringLiteral("segment"),
         tr("RFM segment: from how recently, how often and how much they bought (Segments… "
            "shows the lines)")},
    };
}

QString CustomerTableModel::fromClause() const
{
    // customer_stats first: its indexes serve the sorts without reading every row.
    return QStringLiteral("customer_stats s JOIN customers c ON c.id = s.customer_id "
                          "LEFT JOIN customers inv ON inv.id = s.inviter1");
}

QStringList CustomerTableModel::searchExpressions() const
{
    return {QStringLiteral("c.nickname"), QStringLiteral("c.id"), QStringLiteral("inv.nickname")};
}

void CustomerTableModel::setChannelFilter(const QString &channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    reload();
}

void CustomerTableModel::setPurchaseFilter(Purchases purchases)
{
    if (purchases == m_purchases)
        return;
    m_purchases = purchases;
    reload();
}

void CustomerTableModel::setInviterFilter(const QString &customerId)
{
    if (customerId == m_inviter)
        return;
    m_inviter = customerId;
    reload();
}

void CustomerTableModel::setSegmentFilter(int segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    reload();
}

void CustomerTableModel::setThresholds(const RfmThresholds &thresholds)
{
    if (thresholds == m_thresholds || !thresholds.isValid())
        return;
    m_thresholds = thresholds;
    reload();
}

QString CustomerTableModel::extraCondition() const
{
    QStringList conditions;
    if (!m_channel.isEmpty())
        conditions << QStringLiteral("s.channel = :channel");
    switch (m_purchases) {
    case Purchases::Any:
        break;
    case Purchases::Bought:
        conditions << QStringLiteral("s.paid_orders > 0");
        break;
    case Purchases::NotBought:
        conditions << QStringLiteral("s.paid_orders = 0");
        break;
    case Purchases::Repeat:
        conditions << QStringLiteral("s.paid_orders >= :rfm_repeat");
        break;
    }
    if (!m_inviter.isEmpty())
        conditions << QStringLiteral("s.inviter1 = :inviter");
    if (m_segment >= 0)
        conditions << RfmSegment::sqlExpression(QStringLiteral("s")) +
                          QStringLiteral(" = :segment");
    return conditions.join(QStringLiteral(" AND "));
}

void CustomerTableModel::bindExtra(QSqlQuery &query) const
{
    if (!m_channel.isEmpty())
        query.bindValue(QStringLiteral(":channel"),
                        m_channel == QLatin1String("-") ? QString(QLatin1String("")) : m_channel);
    if (!m_inviter.isEmpty())
        query.bindValue(QStringLiteral(":inviter"), m_inviter);
    if (m_segment >= 0)
        query.bindValue(QStringLiteral(":segment"), m_segment);
    RfmSegment::bind(query, m_thresholds, Clock::nowMs());
}

QString CustomerTableModel::displayText(int column, const QVariant &raw) const
{
    switch (column) {
    case Channel:
        return raw.toString().isEmpty() ? tr("First visit not on record")
                                        : TrafficSource::channelDisplayName(raw.toString());
    case Source:
        return raw.toString().isEmpty() ? QString()
                                        : TrafficSource::sourceDisplayName(raw.toString());
    case Segment:
        return raw.isNull() ? QString() : RfmSegment::name(raw.toInt());
    default:
        return SqlTableModel::displayText(column, raw);
    }
}

QVariant CustomerTableModel::exportValue(int column, const QVariant &raw) const
{
    if (column == Segment)
        return raw.isNull() ? QVariant() : QVariant(RfmSegment::name(raw.toInt()));
    return SqlTableModel::exportValue(column, raw);
}
