#include "referrals/ReferralGraph.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

ReferralGraph ReferralGraph::load(const Database &db, QString *error)
{
    QList<QString> ids, nicknames, referrers;
    QList<qint64> registered;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, nickname, registered_at, referrer_id FROM customers"))) {
        if (error)
            *error = q.lastError().text();
    }
    while (q.next()) {
        ids.append(q.value(0).toString());
        nicknames.append(q.value(1).toString());
        registered.append(q.value(2).toLongLong());
        referrers.append(q.value(3).toString());
    }
    return build(std::move(ids), std::move(nicknames), std::move(registered), std::move(referrers));
}

ReferralGraph ReferralGraph::build(QList<QString> ids, QList<QString> nicknames,
                                   QList<qint64> registeredAt, QList<QString> referrerIds)
{
    ReferralGraph g;
    g.m_ids = std::move(ids);
    g.m_nicknames = std::move(nicknames);
    g.m_registeredAt = std::move(registeredAt);
    g.m_referrerIds = std::move(referrerIds);
    g.resolveLinks();
    g.cutCycles();
    g.buildTree();
    return g;
}

void ReferralGraph::resolveLinks()
{
    const size_t n = size_t(m_ids.size());
    m_index.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        m_index.insert(m_ids.at(qsizetype(i)), int(i));
    m_rawReferrer.assign(n, kNone);
    m_parent.assign(n, kNone);
    for (size_t i = 0; i < n; ++i) {
        const QString &ref = m_referrerIds.at(qsizetype(i));
        if (ref.isEmpty())
            continue;
        const int r = m_index.value(ref, kNone);
        m_rawReferrer[i] = r;
        if (r != int(i))
            m_parent[i] = r; // self-referral stays a root
    }
}

void ReferralGraph::cutCycles()
{
    const size_t n = m_parent.size();
    m_cycleCut.assign(n, false);
    // Walk up from every member; meeting the current walk again means a loop. 1 = on the current
    // walk, 2 = done. Each member is visited once, so this is O(n).
    std::vector<char> state(n, 0);
    std::vector<int> path;
    for (size_t start = 0; start < n; ++start) {
        path.clear();
        int at = int(start);
        while (at != kNone && state[size_t(at)] == 0) {
            state[size_t(at)] = 1;
            path.push_back(at);
            at = m_parent[size_t(at)];
        }
        if (at != kNone && state[size_t(at)] == 1) {
            const auto from = std::find(path.begin(), path.end(), at);
            std::vector<int> loop(from, path.end());
            const auto smallest = std::min_element(
                loop.begin(), loop.end(), [&](int a, int b) { return m_ids.at(a) < m_ids.at(b); });
            std::rotate(loop.begin(), smallest, loop.end());
            m_cycleCut[size_t(loop.front())] = true;
            m_parent[size_t(loop.front())] = kNone;
            m_cycles.append(QList<int>(loop.begin(), loop.end()));
        }
        for (int id : path)
            state[size_t(id)] = 2;
    }
}

void ReferralGraph::buildTree()
{
    const size_t n = m_parent.size();
    m_children.assign(n, {});
    for (size_t i = 0; i < n; ++i) {
        if (m_parent[i] != kNone)
            m_children[size_t(m_parent[i])].push_back(int(i));
    }
    auto byRegistration = [&](int a, int b) {
        const qint64 ra = m_registeredAt.at(a), rb = m_registeredAt.at(b);
        return ra != rb ? ra < rb : m_ids.at(a) < m_ids.at(b);
    };
    for (auto &c : m_children)
        std::sort(c.begin(), c.end(), byRegistration);
    m_depth.assign(n, 0);
    m_topDown.clear();
    m_topDown.reserve(n);
    std::vector<int> allRoots;
    for (size_t i = 0; i < n; ++i) {
        if (m_parent[i] == kNone)
            allRoots.push_back(int(i));
    }
    std::sort(allRoots.begin(), allRoots.end(), byRegistration);
    for (int r : allRoots) {
        if (!m_children[size_t(r)].empty())
            m_roots.push_back(r);
    }
    m_topDown = allRoots;
    for (size_t at = 0; at < m_topDown.size(); ++at) {
        const int member = m_topDown[at];
        for (int child : m_children[size_t(member)]) {
            m_depth[size_t(child)] = m_depth[size_t(member)] + 1;
            m_topDown.push_back(child);
        }
    }
}

std::vector<int> ReferralGraph::uplinePath(int member) const
{
    std::vector<int> path;
    for (int at = member; at != kNone; at = m_parent[size_t(at)])
        path.push_back(at);
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<int> ReferralGraph::rawChain(int buyer, int maxLevels) const
{
    std::vector<int> chain;
    if (buyer == kNone)
        return chain;
    int at = buyer;
    while (int(chain.size()) < maxLevels) {
        const int up = m_rawReferrer[size_t(at)];
        if (up == kNone || up == buyer || std::find(chain.begin(), chain.end(), up) != chain.end())
            break;
        chain.push_back(up);
        at = up;
    }
    return chain;
}
