// Referral tree and commission audit at 100k members / 100k orders. Prints figures, ratios
// against a baseline measured in the same run (reading every customer's id and referrer), and
// peak memory. Goals: open, expand, search-and-reveal < 50 ms each; audit of 100k orders < 2 s.
#include "PeakMemory.h"
#include "ReferralShopWriter.h"
#include "itemmodels/ReferralTreeModel.h"
#include "referrals/CommissionAuditor.h"
#include "referrals/ReferralGraph.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

void line(const char *what, double value, const char *unit, double baseline, double goal)
{
    std::printf("%-44s %10.3f %s   %6.2fx baseline   goal < %.0f %s: %s\n", what, value, unit,
                value / baseline, goal, unit, value < goal ? "met" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int members = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int orders = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    QString error;
    auto db =
        Database::open(StoreLocation::parse(dir.filePath(QStringLiteral("bench.sqlite"))), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open store: %s\n", qPrintable(error));
        return 1;
    }
    ReferralShopWriter writer;
    writer.members = members;
    writer.orders = orders;
    ReferralShopWriter::Result shop;
    QElapsedTimer t;
    t.start();
    if (!writer.write(*db, &shop, &error)) {
        std::fprintf(stderr, "cannot write the shop: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("shop: %d members (deepest %d levels: %s; busiest inviter %s with %d invitees), %d "
                "orders, %lld commissions, "
                "%d planted wrong amounts; written in %.0f ms\n",
                members, shop.deepestDepth, qPrintable(shop.deepestMember),
                qPrintable(shop.busiestInviter), shop.busiestInvitees, orders, shop.commissions,
                shop.planted, ms(t));

    // Baseline: read every customer's id and referrer once.
    QList<double> base;
    qint64 chars = 0; // printed, so that the reads cannot be optimised away
    for (int i = 0; i < 3; ++i) {
        t.restart();
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, referrer_id FROM customers"));
        chars = 0;
        while (q.next())
            chars += q.value(0).toString().size() + q.value(1).toString().size();
        base << ms(t);
    }
    const double baseline = median(base);
    std::printf("%-44s %10.2f ms (%lld characters)\n",
                "baseline: read id + referrer of all members", baseline,
                static_cast<long long>(chars));

    // The pane computes the links and figures on a worker thread (ReferralTreeLoader) and then
    // applies them on the GUI thread: opening the tree is the apply.
    ReferralTreeModel model(*db);
    QList<double> compute, open;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        ReferralTreeModel::Loaded loaded = ReferralTreeModel::load(*db, DateRange());
        compute << ms(t);
        t.restart();
        // The previous snapshot comes back to be freed elsewhere (the pane frees it on a thread).
        ReferralTreeModel::Loaded previous = model.apply(std::move(loaded));
        model.rowCount();
        model.index(0, ReferralTreeModel::Level3Revenue).data();
        open << ms(t);
    }
    std::printf(
        "%-44s %10.3f ms   %6.2fx baseline   (worker thread, once per sync or range change)\n",
        "compute links + per-member stats", median(compute), median(compute) / baseline);
    line("open the tree (apply on the GUI thread)", median(open), "ms", baseline, 50);

    QRandomGenerator rng(7);
    QList<QString> sample{shop.deepestMember, shop.busiestInviter};
    while (sample.size() < 200)
        sample << QStringLiteral("c_%1").arg(rng.bounded(members) + 1);

    QList<double> reveal;
    for (const QString &id : std::as_const(sample)) {
        t.restart();
        const QStringList found = model.search(id);
        const QModelIndex index = found.isEmpty() ? QModelIndex() : model.reveal(found.first());
        Q_UNUSED(index);
        reveal << ms(t);
    }
    line("search-and-reveal by id (median of 200)", median(reveal), "ms", baseline, 50);
    line("search-and-reveal by id (worst of 200)", maxOf(reveal), "ms", baseline, 50);
    t.restart();
    const QStringList byName = model.search(QStringLiteral("会员99"));
    const QModelIndex nameHit = byName.isEmpty() ? QModelIndex() : model.reveal(byName.first());
    Q_UNUSED(nameHit);
    line("search-and-reveal by nickname substring", ms(t), "ms", baseline, 50);

    QList<double> expand;
    for (const QString &id : std::as_const(sample)) {
        const QModelIndex index = model.reveal(id);
        if (!index.isValid() || !model.canFetchMore(index))
            continue;
        t.restart();
        model.fetchMore(index);
        expand << ms(t);
    }
    std::printf("expanded %lld nodes\n", qlonglong(expand.size()));
    line("expand a node (median)", median(expand), "ms", baseline, 50);
    line("expand a node (worst, incl. busiest inviter)", maxOf(expand), "ms", baseline, 50);

    t.restart();
    model.sort(ReferralTreeModel::Level1Revenue, Qt::DescendingOrder);
    model.fetchMore(model.index(0, 0));
    line("sort by level-1 revenue and expand the top", ms(t), "ms", baseline, 50);

    QList<double> audit;
    qsizetype findings = 0;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        const ReferralGraph graph = ReferralGraph::load(*db);
        findings = CommissionAuditor::run(*db, graph).size();
        audit << ms(t);
    }
    line("audit of all orders (read + recompute + diff)", median(audit), "ms", baseline, 2000);
    std::printf("audit findings: %lld (planted %d)\n", qlonglong(findings), shop.planted);

    std::printf("peak memory (maxrss): %.1f MB\n", PeakMemory::mebibytes());
    return findings == shop.planted ? 0 : 1;
}
