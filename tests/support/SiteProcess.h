#pragma once

#include <QProcess>
#include <QStringList>
#include <QJsonObject>
#include <QUrl>

// A real yutang-site on loopback for a test: started with the given options, port picked by
// the site (--port 0) and read from its first line of output, stopped on destruction. It runs
// with --exit-on-stdin-eof, so it also ends when the test process dies.
class SiteProcess
{
public:
    static constexpr const char *kToken = "test-token";

    SiteProcess() = default;
    ~SiteProcess();
    SiteProcess(const SiteProcess &) = delete;
    SiteProcess &operator=(const SiteProcess &) = delete;

    // Extra options after the defaults (--seed 7 --days 20 --scale 0.05 --admin).
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    // Closes the site's standard input and waits for it to end; kills it (with a warning) if it
    // has not ended within kStopTimeoutMs. True if it ended by itself with exit code 0.
    bool stop();
    static constexpr int kStopTimeoutMs = 10000;

    QString address() const { return m_address; } // http://127.0.0.1:<port>
    QByteArray token() const { return QByteArray(kToken); }

    // Test-control calls (the site's --admin API); return the JSON body or an empty object.
    QByteArray adminGet(const QString &path) const;
    QByteArray adminPost(const QString &path, const QByteArray &body = {}) const;
    // Plain authorized API GET, for comparing with what the store holds.
    QByteArray apiGet(const QString &pathAndQuery, int *status = nullptr) const;
    // Every record of a collection, following the cursors.
    QList<QJsonObject> listAll(const QString &collection) const;

private:
    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body, int *status) const;

    QProcess m_process;
    QString m_address;
};
