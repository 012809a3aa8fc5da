// yutang-site: the reference implementation of the site API (docs/openapi.yaml), serving a
// deterministic generated demo shop for the demo, the tests and the benchmarks.
#include "ApiServer.h"
#include "DemoShopGenerator.h"
#include "LiveSimulator.h"
#include "Rng.h"
#include "SiteContext.h"
#include "SiteOptions.h"
#include "StdinWatcher.h"
#include "Timestamp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yutang-site"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUTANG_VERSION));

    SiteOptions opt;
    QString error;
    if (!opt.parse(app.arguments(), error)) {
        fprintf(stderr, "yutang-site: %s\n", qPrintable(error));
        return 2;
    }

    // Opt-in: a site started by hand from a terminal, or with standard input from /dev/null,
    // must not stop at once. Watched from the start, so that a parent that goes away while the
    // shop is still being generated is noticed too (the queued quit runs when exec() starts).
    StdinWatcher stdinWatcher;
    if (opt.exitOnStdinEof) {
        QObject::connect(&stdinWatcher, &StdinWatcher::closed, &app, [] {
            fprintf(stderr, "yutang-site: standard input closed, stopping\n");
            QCoreApplication::quit();
        });
        stdinWatcher.start();
    }

    QElapsedTimer clock;
    clock.start();
    auto shop = std::make_unique<ShopData>();
    auto visits = DemoShopGenerator::generate(*shop, opt.generator);
    fprintf(stderr,
            "yutang-site: generated %d products, %d customers, %d orders, %d sessions, %d events, "
            "%d commissions in %lld ms\n",
            shop->liveCount(Collection::Products), shop->liveCount(Collection::Customers),
            shop->liveCount(Collection::Orders), shop->liveCount(Collection::Sessions),
            shop->liveCount(Collection::Events), shop->liveCount(Collection::Commissions),
            clock.elapsed());
    for (const PlantedNote &n : shop->planted) {
        fprintf(stderr, "yutang-site: planted %s %s: %s\n", n.kind.constData(), n.id.constData(),
                n.detail.constData());
    }

    // Tokens stay valid across restarts with identical data; live data differs every run.
    const quint32 instance =
        opt.live ? QRandomGenerator::global()->generate()
                 : quint32(Rng::mix(opt.generator.seed,
                                    quint64(opt.generator.days) * 1000003 +
                                        quint64(opt.generator.scale * 1000) * 7919 +
                                        quint64(opt.generator.endDate.toJulianDay()) * 31 +
                                        quint64(opt.generator.malformed)));
    SiteContext site(std::move(shop), std::move(visits), instance, opt.pageCacheMb * 1024 * 1024,
                     opt.faults);
    site.token = opt.token;
    site.readToken = opt.readToken;
    site.adminEnabled = opt.admin;
    site.partitionsEnabled = opt.partitions;

    ApiServer server(site);
    QString listenError;
    const quint16 port = server.start(opt.host, opt.port, &listenError);
    if (port == 0) {
        fprintf(stderr, "yutang-site: cannot listen on %s:%d: %s\n",
                qPrintable(opt.host.toString()), int(opt.port), qPrintable(listenError));
        return 1;
    }

    LiveSimulator live(site);
    if (opt.live)
        live.start();

    QString host = opt.host.toString();
    if (opt.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    fprintf(stdout, "listening http://%s:%d\n", qPrintable(host), int(port));
    fflush(stdout);
    return app.exec();
}
