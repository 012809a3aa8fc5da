#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QString>

// Starts the reference site `yutang-site` with the demo shop on a free loopback port, next to the
// running binary. The token is random per launch and reaches the site through the environment
// (YUTANG_SITE_TOKEN), never argv; it stays in memory only, since the site dies with the app: it
// runs with --exit-on-stdin-eof, and its standard input is a pipe that only this process holds.
class DemoSiteLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoSiteLauncher(QObject *parent = nullptr);
    ~DemoSiteLauncher() override;

    // Where to find the binary; defaults to QCoreApplication::applicationDirPath()/yutang-site.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const;
    void setSeed(int seed) { m_seed = seed; }
    // A still demo whose history ends at this time (on its day so far) instead of a live one
    // that keeps going from now: pictures and tests that must come out the same every run.
    void setHistoryEnd(const QDateTime &end) { m_historyEnd = end; }

    void start();
    // Asks the site to stop by closing its standard input, waits up to kStopTimeoutMs, then kills
    // it (with a warning). True if it ended by itself with exit code 0.
    bool stop();
    static constexpr int kStopTimeoutMs = 3000;
    // Blocks (with a local event loop) until ready() or failed(); returns whether it is ready.
    bool startAndWait(int timeoutMs, QString *error);

    bool isReady() const { return !m_address.isEmpty(); }
    QString siteAddress() const { return m_address; } // http://127.0.0.1:<port>
    QByteArray token() const { return m_token; }
    // The site's process id while it runs, else 0.
    qint64 processId() const;

    static QString tokenVariable() { return QStringLiteral("YUTANG_SITE_TOKEN"); }

Q_SIGNALS:
    void ready(const QString &siteAddress);
    void failed(const QString &error);

private:
    void readOutput();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &error);

    QProcess m_process;
    QString m_program;
    QByteArray m_token;
    QByteArray m_buffer;
    QString m_address;
    QString m_lastError;
    QDateTime m_historyEnd;
    int m_seed = 42;
    bool m_failed = false;
};
