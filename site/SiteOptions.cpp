#include "SiteOptions.h"

#include "Timestamp.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace {

QCommandLineOption opt(const QString &name, const QString &help, const QString &valueName = {},
                       const QString &defaultValue = {})
{
    QCommandLineOption o(name, help, valueName, defaultValue);
    return o;
}

bool fraction(const QString &text, double &out)
{
    bool ok = false;
    out = text.toDouble(&ok);
    return ok && out >= 0 && out <= 1;
}

} // namespace

bool SiteOptions::parse(const QStringList &arguments, QString &error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Reference site server of the Yutang site API, serving a generated demo tea shop."));
    p.addHelpOption();
    p.addVersionOption();
    const auto N = QStringLiteral("n");
    const auto P = QStringLiteral("p");
    p.addOptions({
        opt(QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 42)."), N,
            QStringLiteral("42")),
        opt(QStringLiteral("days"), QStringLiteral("Days of history (default 90)."), N,
            QStringLiteral("90")),
        opt(QStringLiteral("end-date"),
            QStringLiteral("History ends at this date's 00:00 Beijing time (default today)."),
            QStringLiteral("YYYY-MM-DD")),
        opt(QStringLiteral("until"),
            QStringLiteral("The history goes on through the end date's own day up to this time "
                           "(ISO 8601 with offset), as a live demo's does up to now."),
            QStringLiteral("time")),
        opt(QStringLiteral("scale"),
            QStringLiteral("Data volume factor (default 1.0 ≈ 40k sessions)."), QStringLiteral("f"),
            QStringLiteral("1.0")),
        opt(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one (default)."), N,
            QStringLiteral("0")),
        opt(QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
            QStringLiteral("address"), QStringLiteral("127.0.0.1")),
        opt(QStringLiteral("token"),
            QStringLiteral(
                "Bearer token with write access (default: $YUTANG_SITE_TOKEN, else demo-token)."),
            QStringLiteral("token"), QStringLiteral("demo-token")),
        opt(QStringLiteral("read-token"),
            QStringLiteral("Optional read-only bearer token (writes answer 403)."),
            QStringLiteral("token")),
        opt(QStringLiteral("live"),
            QStringLiteral("Keep adding visits, orders and status changes while running.")),
        opt(QStringLiteral("admin"),
            QStringLiteral("Enable the test-control API under /api/yutang/v1/_admin.")),
        opt(QStringLiteral("no-partitions"),
            QStringLiteral("Answer 404 to GET /partitions/{collection}, like a site without it.")),
        opt(QStringLiteral("malformed"), QStringLiteral("Plant N malformed records into listings."),
            N, QStringLiteral("0")),
        opt(QStringLiteral("fail-rate"), QStringLiteral("Fraction of GET listings answered 503."),
            P, QStringLiteral("0")),
        opt(QStringLiteral("rate-limit-every"),
            QStringLiteral("Answer every Nth request 429 with Retry-After: 1."), N,
            QStringLiteral("0")),
        opt(QStringLiteral("truncate-rate"),
            QStringLiteral("Fraction of replies whose body is cut short."), P, QStringLiteral("0")),
        opt(QStringLiteral("drop-rate"),
            QStringLiteral("Fraction of requests whose connection is closed unanswered."), P,
            QStringLiteral("0")),
        opt(QStringLiteral("latency-ms"),
            QStringLiteral("Delay every reply by N ms (non-blocking)."), N, QStringLiteral("0")),
        opt(QStringLiteral("fault-seed"),
            QStringLiteral("Seed of the fault decisions (default 1)."), N, QStringLiteral("1")),
        opt(QStringLiteral("page-cache-mb"),
            QStringLiteral("Budget of rendered session/event pages (default 256)."), N,
            QStringLiteral("256")),
        opt(QStringLiteral("exit-on-stdin-eof"),
            QStringLiteral("Stop (exit code 0) when standard input ends: the parent closed the "
                           "pipe or died.")),
    });
    p.process(arguments);

    bool ok = false;
    generator.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return error = QStringLiteral("--seed must be a non-negative integer"), false;
    generator.days = p.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || generator.days < 1 || generator.days > 3650)
        return error = QStringLiteral("--days must be 1..3650"), false;
    if (p.isSet(QStringLiteral("end-date"))) {
        generator.endDate = QDate::fromString(p.value(QStringLiteral("end-date")), Qt::ISODate);
        if (!generator.endDate.isValid())
            return error = QStringLiteral("--end-date must be YYYY-MM-DD"), false;
    } else {
        generator.endDate = Timestamp::beijingDate(QDateTime::currentSecsSinceEpoch());
    }
    generator.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || generator.scale <= 0 || generator.scale > 100)
        return error = QStringLiteral("--scale must be > 0 and <= 100"), false;
    generator.malformed = p.value(QStringLiteral("malformed")).toInt(&ok);
    if (!ok || generator.malformed < 0 || generator.malformed > 10000)
        return error = QStringLiteral("--malformed must be 0..10000"), false;

    const int portValue = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return error = QStringLiteral("--port must be 0..65535"), false;
    port = quint16(portValue);
    if (!host.setAddress(p.value(QStringLiteral("host"))))
        return error = QStringLiteral("--host must be an IP address"), false;
    token = p.value(QStringLiteral("token")).toUtf8();
    // A launcher (the app's demo mode) passes a per-launch token through the environment, so
    // that it never shows up in a process list.
    if (!p.isSet(QStringLiteral("token")) && qEnvironmentVariableIsSet("YUTANG_SITE_TOKEN"))
        token = qgetenv("YUTANG_SITE_TOKEN");
    readToken = p.value(QStringLiteral("read-token")).toUtf8();
    if (token.isEmpty())
        return error = QStringLiteral("--token must not be empty"), false;
    live = p.isSet(QStringLiteral("live"));
    if (p.isSet(QStringLiteral("until"))) {
        const QDateTime until =
            QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid() || !p.isSet(QStringLiteral("end-date")) ||
            Timestamp::beijingDate(until.toSecsSinceEpoch()) != generator.endDate)
            return error = QStringLiteral("--until must be a time on the --end-date's day "
                                          "(Beijing), like 2026-11-20T14:30:00+08:00"),
                   false;
        generator.until = until.toSecsSinceEpoch();
    } else if (live && !p.isSet(QStringLiteral("end-date"))) {
        // A live demo has today's visits so far as well.
        generator.until = QDateTime::currentSecsSinceEpoch();
    }
    admin = p.isSet(QStringLiteral("admin"));
    partitions = !p.isSet(QStringLiteral("no-partitions"));
    exitOnStdinEof = p.isSet(QStringLiteral("exit-on-stdin-eof"));
    pageCacheMb = p.value(QStringLiteral("page-cache-mb")).toLongLong(&ok);
    if (!ok || pageCacheMb < 0)
        return error = QStringLiteral("--page-cache-mb must be >= 0"), false;

    if (!fraction(p.value(QStringLiteral("fail-rate")), faults.failRate) ||
        !fraction(p.value(QStringLiteral("truncate-rate")), faults.truncateRate) ||
        !fraction(p.value(QStringLiteral("drop-rate")), faults.dropRate))
        return error = QStringLiteral("fault rates must be between 0 and 1"), false;
    faults.rateLimitEvery = p.value(QStringLiteral("rate-limit-every")).toInt(&ok);
    if (!ok || faults.rateLimitEvery < 0)
        return error = QStringLiteral("--rate-limit-every must be >= 0"), false;
    faults.latencyMs = p.value(QStringLiteral("latency-ms")).toInt(&ok);
    if (!ok || faults.latencyMs < 0)
        return error = QStringLiteral("--latency-ms must be >= 0"), false;
    faults.seed = p.value(QStringLiteral("fault-seed")).toULongLong(&ok);
    if (!ok)
        return error = QStringLiteral("--fault-seed must be a non-negative integer"), false;
    return true;
}
