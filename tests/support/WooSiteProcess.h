#pragma once

#include <QProcess>
#include <QStringList>

// A real yutang-woo-site (the fake WooCommerce shop) on loopback for a test: started with the
// given options, port picked by the server (--port 0) and read from its first line of output,
// stopped on destruction. It runs with --exit-on-stdin-eof, so it also ends when the test dies.
class WooSiteProcess
{
public:
    // The server's default key (read_write) when no --key is given.
    static constexpr const char *kDefaultKey = "ck_test";
    static constexpr const char *kDefaultSecret = "cs_test";

    WooSiteProcess() = default;
    ~WooSiteProcess();
    WooSiteProcess(const WooSiteProcess &) = delete;
    WooSiteProcess &operator=(const WooSiteProcess &) = delete;

    // Extra options after the defaults (--port 0 --host 127.0.0.1 --seed 7 --end-date 2026-11-20
    // --exit-on-stdin-eof). With a --key option, consumerKey()/consumerSecret() are its.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    bool stop();
    static constexpr int kStopTimeoutMs = 10000;

    QString address() const { return m_address; } // http(s)://127.0.0.1:<port>
    QByteArray consumerKey() const { return m_key; }
    QByteArray consumerSecret() const { return m_secret; }

    // Test control (/__admin, no key); return the JSON body.
    QByteArray adminGet(const QString &path) const;
    QByteArray adminPost(const QString &path, const QByteArray &body = {}) const;

private:
    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body) const;

    QProcess m_process;
    QString m_address;
    QByteArray m_key = kDefaultKey;
    QByteArray m_secret = kDefaultSecret;
};
