#include "referrals/CommissionAuditor.h"

#include "referrals/CommissionRates.h"
#include "referrals/ReferralGraph.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

bool earns(const QString &status)
{
    return status == QLatin1String("paid") || status == QLatin1String("shipped") ||
           status == QLatin1String("completed");
}

bool isReversed(const QString &status)
{
    return status == QLatin1String("reversed");
}

// Orders by id and bookings grouped by order, read with two plain queries.
struct AuditInput
{
    QList<CommissionAuditor::Order> orders;
    QList<CommissionAuditor::Booking> bookings;
};

AuditInput readInput(const Database &db, QString *error)
{
    AuditInput in;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, customer_id, status, total FROM orders"))) {
        while (q.next())
            in.orders.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong()});
    } else if (error) {
        *error = q.lastError().text();
    }
    if (q.exec(QStringLiteral("SELECT id, order_id, beneficiary_id, status, level, amount FROM "
                              "commissions ORDER BY id"))) {
        while (q.next()) {
            in.bookings.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toInt(),
                                q.value(5).toLongLong()});
        }
    } else if (error) {
        *error = q.lastError().text();
    }
    return in;
}

AuditFinding findingFor(AuditFinding::Kind kind, const CommissionAuditor::Booking &b,
                        const CommissionAuditor::Order *o)
{
    AuditFinding f;
    f.kind = kind;
    f.orderId = b.orderId;
    f.commissionId = b.id;
    f.beneficiaryId = b.beneficiaryId;
    f.level = b.level;
    f.bookedAmount = b.amount;
    f.bookedStatus = b.status;
    if (o) {
        f.buyerId = o->customerId;
        f.orderStatus = o->status;
    }
    return f;
}

} // namespace

QList<AuditFinding> CommissionAuditor::run(const Database &db, const ReferralGraph &graph,
                                           QString *error)
{
    const AuditInput in = readInput(db, error);
    return run(CommissionRates::load(db), graph, in.orders, in.bookings);
}

QList<AuditFinding> CommissionAuditor::run(const QList<int> &ratesBp, const ReferralGraph &graph,
                                           const QList<Order> &orders,
                                           const QList<Booking> &bookings)
{
    using Kind = AuditFinding::Kind;
    const int paidLevels = int(ratesBp.size());
    QHash<QString, int> orderIndex;
    orderIndex.reserve(orders.size());
    for (int i = 0; i < orders.size(); ++i)
        orderIndex.insert(orders.at(i).id, i);
    QHash<int, QList<int>> bookingsOfOrder; // order index -> booking indices
    QList<AuditFinding> findings;

    for (int i = 0; i < bookings.size(); ++i) {
        const Booking &b = bookings.at(i);
        const int o = orderIndex.value(b.orderId, -1);
        if (o < 0)
            findings.append(findingFor(Kind::GhostOrder, b, nullptr));
        else if (b.level < 1 || b.level > paidLevels)
            findings.append(findingFor(Kind::LevelBeyondPaid, b, &orders.at(o)));
        else
            bookingsOfOrder[o].append(i);
    }

    for (int o = 0; o < orders.size(); ++o) {
        const Order &order = orders.at(o);
        const QList<int> booked = bookingsOfOrder.value(o);
        const bool refunded = order.status == QLatin1String("refunded");
        if (!earns(order.status) && !refunded) {
            for (int i : booked) {
                if (!isReversed(bookings.at(i).status))
                    findings.append(findingFor(Kind::UnexpectedBooking, bookings.at(i), &order));
            }
            continue;
        }
        const std::vector<int> chain = graph.rawChain(graph.indexOf(order.customerId), paidLevels);
        for (int level = 1; level <= paidLevels; ++level) {
            const QString due =
                level <= int(chain.size()) ? graph.id(chain[size_t(level - 1)]) : QString();
            const qint64 amount = CommissionRates::amountFor(order.total, ratesBp.at(level - 1));
            QList<int> atLevel;
            for (int i : booked) {
                if (bookings.at(i).level == level)
                    atLevel.append(i);
            }
            if (atLevel.isEmpty()) {
                if (!due.isEmpty()) {
                    AuditFinding f;
                    f.kind = Kind::MissingBooking;
                    f.orderId = order.id;
                    f.buyerId = order.customerId;
                    f.orderStatus = order.status;
                    f.expectedBeneficiaryId = due;
                    f.level = level;
                    f.expectedAmount = amount;
                    findings.append(f);
                }
                continue;
            }
            // The booking crediting the right member is the one checked; other live ones repeat it.
            const auto primaryIt = std::find_if(atLevel.cbegin(), atLevel.cend(), [&](int i) {
                return bookings.at(i).beneficiaryId == due;
            });
            const int primary = primaryIt != atLevel.cend() ? *primaryIt : atLevel.first();
            for (int i : std::as_const(atLevel)) {
                const Booking &b = bookings.at(i);
                if (i != primary) {
                    if (!isReversed(b.status)) // a reversed repeat owes nothing
                        findings.append(findingFor(Kind::DuplicateBooking, b, &order));
                    continue;
                }
                if (due.isEmpty()) {
                    if (!isReversed(b.status))
                        findings.append(findingFor(Kind::UnexpectedBooking, b, &order));
                    continue;
                }
                if (b.beneficiaryId != due) {
                    AuditFinding f = findingFor(Kind::WrongBeneficiary, b, &order);
                    f.expectedBeneficiaryId = due;
                    f.expectedAmount = amount;
                    findings.append(f);
                } else if (b.amount != amount) {
                    AuditFinding f = findingFor(Kind::WrongAmount, b, &order);
                    f.expectedBeneficiaryId = due;
                    f.expectedAmount = amount;
                    findings.append(f);
                }
                if (refunded && !isReversed(b.status)) {
                    AuditFinding f = findingFor(Kind::NotReversed, b, &order);
                    f.expectedBeneficiaryId = due;
                    f.expectedAmount = amount;
                    findings.append(f);
                } else if (!refunded && isReversed(b.status)) {
                    AuditFinding f = findingFor(Kind::ReversedWithoutRefund, b, &order);
                    f.expectedBeneficiaryId = due;
                    f.expectedAmount = amount;
                    findings.append(f);
                }
            }
        }
    }
    return findings;
}
