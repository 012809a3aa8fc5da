#pragma once

#include <QString>
#include <array>
#include <vector>

class Database;
class ReferralGraph;

// Per-member figures of the referral tree, computed in one pass so that showing or sorting a
// node never walks its downline: two grouped queries (own orders, commissions by status) and one
// sweep over the tree links. Money is in fen; orders and commissions are limited to
// [fromMs, toMs) by their created_at.
struct MemberFigures
{
    static constexpr int kLevels = 3; // downline levels shown (1 = direct invitees)
    enum Status { Pending, Confirmed, Paid, Reversed, StatusCount };

    qint64 orders = 0;  // own orders that count as revenue (paid, shipped, completed)
    qint64 revenue = 0; // their total
    int teamSize = 0;   // every member below, at any depth
    std::array<int, kLevels> downlineCount{};
    std::array<qint64, kLevels> downlineRevenue{};
    std::array<qint64, StatusCount> commission{};

    qint64 commissionEarned() const
    {
        return commission[Pending] + commission[Confirmed] + commission[Paid];
    }
};

class MemberStats
{
public:
    MemberStats() = default;
    static MemberStats compute(const ReferralGraph &graph, const Database &db, qint64 fromMs,
                               qint64 toMs);

    const MemberFigures &of(int member) const { return m_figures[size_t(member)]; }
    bool isEmpty() const { return m_figures.empty(); }

    static int statusIndex(const QString &status); // -1 for an unknown status

private:
    std::vector<MemberFigures> m_figures;
};
