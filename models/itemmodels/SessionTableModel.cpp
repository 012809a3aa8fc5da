#include "itemmodels/SessionTableModel.h"

#include <QSqlQuery>

SessionTableModel::SessionTableModel(Database &db, QObject *parent) : SqlTableModel(db, parent)
{
    setBatchSize(500);
}

QList<SqlTableModel::Column> SessionTableModel::columns() const
{
    return {
        {tr("Started"), QStringLiteral("s.started_at"), Kind::DateTime},
        {tr("Visitor"), QStringLiteral("s.visitor_id"), Kind::Text},
        {tr("Customer"), QStringLiteral("COALESCE(c.nickname, s.customer_id)"), Kind::Text},
        {tr("Landing page"), QStringLiteral("s.landing_url"), Kind::Text},
        {tr("Referrer"), QStringLiteral("s.referrer_url"), Kind::Text},
        {tr("Events"), QStringLiteral("(SELECT COUNT(*) FROM events e WHERE e.session_id = s.id)"), Kind::Integer},
        {tr("Browser"), QStringLiteral("s.user_agent"), Kind::Text},
    };
}

QString SessionTableModel::fromClause() const
{
    return QStringLiteral("sessions s LEFT JOIN customers c ON c.id = s.customer_id");
}

QStringList SessionTableModel::searchExpressions() const
{
    return {QStringLiteral("s.landing_url"), QStringLiteral("s.referrer_url"), QStringLiteral("s.visitor_id"),
            QStringLiteral("c.nickname")};
}

void SessionTableModel::setCustomerFilter(const QString &customerId)
{
    if (customerId == m_customer)
        return;
    m_customer = customerId;
    reload();
}

QString SessionTableModel::extraCondition() const
{
    if (m_customer.isEmpty())
        return {};
    return QStringLiteral(
        "s.visitor_id IN (SELECT visitor_id FROM sessions WHERE customer_id = :customer UNION "
        "SELECT r.visitor_id FROM events e JOIN sessions r ON r.id = e.session_id WHERE "
        "e.type = 'register' AND e.customer_id = :customer)");
}

void SessionTableModel::bindExtra(QSqlQuery &query) const
{
    if (!m_customer.isEmpty())
        query.bindValue(QStringLiteral(":customer"), m_customer);
}
