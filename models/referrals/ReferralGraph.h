#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

class Database;

// The referral links of every customer (customers.referrer_id) held as integer indices, read in
// one query. Bad links are made harmless here, once, so nothing built on top can hang:
// a self-referral or an inviter that does not exist makes the member a root, and a cycle
// (A invited B invited A) is cut at its smallest id, which becomes a root. The tree parent is
// the de-cycled link; rawReferrer() keeps the link as the site sent it for the audit.
class ReferralGraph
{
public:
    static constexpr int kNone = -1;

    static ReferralGraph load(const Database &db, QString *error = nullptr);
    // Builds from plain lists (tests and benchmarks); referrer ids may be empty or unknown.
    static ReferralGraph build(QList<QString> ids, QList<QString> nicknames,
                               QList<qint64> registeredAt, QList<QString> referrerIds);

    int size() const { return int(m_ids.size()); }
    int indexOf(const QString &id) const { return m_index.value(id, kNone); }
    const QString &id(int member) const { return m_ids.at(member); }
    const QString &nickname(int member) const { return m_nicknames.at(member); }
    qint64 registeredAt(int member) const { return m_registeredAt.at(member); }
    // The inviter's id exactly as stored (may be empty, the member itself, or unknown).
    const QString &referrerId(int member) const { return m_referrerIds.at(member); }
    // The inviter's index as stored, kNone when absent or unknown; may form cycles.
    int rawReferrer(int member) const { return m_rawReferrer[size_t(member)]; }
    // The de-cycled tree parent, kNone for a root.
    int parent(int member) const { return m_parent[size_t(member)]; }
    // Direct invitees in the de-cycled tree, ordered by registration then id.
    const std::vector<int> &children(int member) const { return m_children[size_t(member)]; }
    // Distance from the member's root (a root has depth 0).
    int depth(int member) const { return m_depth[size_t(member)]; }
    // Members that have invitees and no tree parent, in registration order: the tree's top level.
    const std::vector<int> &roots() const { return m_roots; }
    // Members in breadth-first order (every parent before its children).
    const std::vector<int> &topDown() const { return m_topDown; }
    // From the root down to the member, both included.
    std::vector<int> uplinePath(int member) const;
    // The site's chain above a buyer over the raw links: level 1 first, at most maxLevels long,
    // stopping at a missing inviter or one already on the chain (as the site books it).
    std::vector<int> rawChain(int buyer, int maxLevels) const;

    // Each detected loop of raw links, members in link order; the first is where it was cut.
    const QList<QList<int>> &cycles() const { return m_cycles; }
    bool isCycleCut(int member) const { return m_cycleCut[size_t(member)]; }

private:
    void resolveLinks();
    void cutCycles();
    void buildTree();

    QList<QString> m_ids, m_nicknames, m_referrerIds;
    QList<qint64> m_registeredAt;
    QHash<QString, int> m_index;
    std::vector<int> m_rawReferrer, m_parent, m_depth, m_roots, m_topDown;
    std::vector<std::vector<int>> m_children;
    std::vector<bool> m_cycleCut;
    QList<QList<int>> m_cycles;
};
