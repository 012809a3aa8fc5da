#include "WooOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

bool WooOptions::parse(const QStringList &arguments, QString &error)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("A fake WooCommerce shop (REST API v3) for Yutang's tests and benchmarks."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption hostOpt(QStringLiteral("host"),
                                     QStringLiteral("Address to listen on (127.0.0.1)."),
                                     QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port; 0 picks a free one (0)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption stdinOpt(QStringLiteral("exit-on-stdin-eof"),
                                      QStringLiteral("Stop when standard input ends."));
    const QCommandLineOption latencyOpt(QStringLiteral("latency-ms"),
                                        QStringLiteral("Delay before every API answer (0)."),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QStringLiteral("Seed of the generated shop (1)."),
                                     QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption ordersOpt(QStringLiteral("orders"),
                                       QStringLiteral("Generated orders (600)."),
                                       QStringLiteral("n"), QStringLiteral("600"));
    const QCommandLineOption customersOpt(QStringLiteral("customers"),
                                          QStringLiteral("Generated customers (200)."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption endOpt(
        QStringLiteral("end-date"),
        QStringLiteral(
            "Last shop day of the generated orders, YYYY-MM-DD (today in Asia/Shanghai)."),
        QStringLiteral("date"));
    const QCommandLineOption fixtureOpt(
        QStringLiteral("fixture"),
        QStringLiteral("Load this shop (JSON) instead of generating one."), QStringLiteral("file"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"),
        QStringLiteral("An API key, CK:CS:PERMS with PERMS read, write or read_write; repeatable "
                       "(ck_test:cs_test:read_write)."),
        QStringLiteral("key"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate."),
                                     QStringLiteral("pem"));
    const QCommandLineOption tlsKeyOpt(QStringLiteral("tls-key"),
                                       QStringLiteral("The PEM private key of --tls-cert."),
                                       QStringLiteral("pem"));
    const QCommandLineOption stripOpt(
        QStringLiteral("strip-authorization"),
        QStringLiteral("Drop the Authorization header, as some proxies do."));
    p.addOptions({hostOpt, portOpt, stdinOpt, latencyOpt, seedOpt, ordersOpt, customersOpt, endOpt,
                  fixtureOpt, keyOpt, certOpt, tlsKeyOpt, stripOpt});
    p.process(arguments); // --help and --version exit here

    auto number = [&](const QCommandLineOption &o, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        const qint64 v = p.value(o).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            error = QStringLiteral("--%1 must be a number from %2 to %3")
                        .arg(o.names().first())
                        .arg(min)
                        .arg(max);
            return false;
        }
        *out = v;
        return true;
    };
    qint64 v = 0;
    if (!host.setAddress(p.value(hostOpt))) {
        error = QStringLiteral("--host is not an address");
        return false;
    }
    if (!number(portOpt, 0, 65535, &v))
        return false;
    port = quint16(v);
    if (!number(latencyOpt, 0, 600000, &v))
        return false;
    latencyMs = int(v);
    if (!number(seedOpt, 0, std::numeric_limits<qint64>::max(), &v))
        return false;
    generator.seed = quint64(v);
    if (!number(ordersOpt, 0, 5000000, &v))
        return false;
    generator.orders = int(v);
    if (!number(customersOpt, 0, 1000000, &v))
        return false;
    generator.customers = int(v);
    if (p.isSet(endOpt)) {
        generator.endDate = QDate::fromString(p.value(endOpt), Qt::ISODate);
        if (!generator.endDate.isValid()) {
            error = QStringLiteral("--end-date must be YYYY-MM-DD");
            return false;
        }
    }
    exitOnStdinEof = p.isSet(stdinOpt);
    stripAuthorization = p.isSet(stripOpt);
    fixture = p.value(fixtureOpt);
    tlsCert = p.value(certOpt);
    tlsKey = p.value(tlsKeyOpt);
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    for (const QString &k : p.values(keyOpt)) {
        const QStringList parts = k.split(QLatin1Char(':'));
        const QString perms = parts.value(2, QStringLiteral("read_write"));
        if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty() ||
            (perms != QLatin1String("read") && perms != QLatin1String("write") &&
             perms != QLatin1String("read_write"))) {
            error =
                QStringLiteral("--key must be CK:CS:PERMS with PERMS read, write or read_write");
            return false;
        }
        keys.push_back({parts[0].toUtf8(), parts[1].toUtf8(), perms.toLatin1()});
    }
    if (keys.empty())
        keys.push_back({kDefaultKey, kDefaultSecret, "read_write"});
    return true;
}
