// yutang-woo-site: a fake WooCommerce shop speaking the REST API v3 (wc/v3) for Yutang's tests and
// benchmarks, generated from a seed or loaded from a fixture. See README.md.
#include "StdinWatcher.h"
#include "WooAdminApi.h"
#include "WooAuthChecker.h"
#include "WooFixtureLoader.h"
#include "WooOptions.h"
#include "WooRestApi.h"
#include "WooServer.h"
#include "WooShopData.h"
#include "WooShopGenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yutang-woo-site"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUTANG_VERSION));

    WooOptions opt;
    QString error;
    if (!opt.parse(app.arguments(), error)) {
        fprintf(stderr, "yutang-woo-site: %s\n", qPrintable(error));
        return 2;
    }

    StdinWatcher stdinWatcher;
    if (opt.exitOnStdinEof) {
        QObject::connect(&stdinWatcher, &StdinWatcher::closed, &app, [] {
            fprintf(stderr, "yutang-woo-site: standard input closed, stopping\n");
            QCoreApplication::quit();
        });
        stdinWatcher.start();
    }

    // How the shop is made, kept for /__admin/reset.
    auto build = [opt](WooShopData &shop) {
        if (!opt.fixture.isEmpty()) {
            QString loadError;
            if (!WooFixtureLoader::load(opt.fixture, shop, &loadError)) {
                fprintf(stderr, "yutang-woo-site: cannot load %s: %s\n", qPrintable(opt.fixture),
                        qPrintable(loadError));
                return false;
            }
            return true;
        }
        WooShopGenerator::generate(shop, opt.generator);
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    WooShopData shop;
    if (!build(shop))
        return 2;
    fprintf(stderr,
            "yutang-woo-site: %zu products, %zu variations, %zu customers, %zu orders in %lld ms\n",
            shop.products.size(), shop.variations.size(), shop.customers.size(), shop.orders.size(),
            clock.elapsed());

    WooAuthChecker auth(opt.keys);
    WooRestApi api(shop, auth);
    WooAdminApi admin(shop, [build](WooShopData &s) { build(s); });
    api.listAnswered = [&admin](const QByteArray &collection) {
        admin.listAnswered(collection, QDateTime::currentSecsSinceEpoch());
    };
    WooServer server(api, admin);
    server.setLatencyMs(opt.latencyMs);
    server.setStripAuthorization(opt.stripAuthorization);
    const quint16 port = server.start(opt.host, opt.port, opt.tlsCert, opt.tlsKey, &error);
    if (port == 0) {
        fprintf(stderr, "yutang-woo-site: cannot listen on %s:%d: %s\n",
                qPrintable(opt.host.toString()), int(opt.port), qPrintable(error));
        return 1;
    }
    QString host = opt.host.toString();
    if (opt.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    fprintf(stdout, "listening %s://%s:%d\n", server.isSecure() ? "https" : "http",
            qPrintable(host), int(port));
    fflush(stdout);
    return app.exec();
}
