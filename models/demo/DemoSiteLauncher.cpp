#include "demo/DemoSiteLauncher.h"

#include "demo/SiteProcessStop.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

DemoSiteLauncher::DemoSiteLauncher(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSiteLauncher::readOutput);
    connect(&m_process, &QProcess::finished, this, &DemoSiteLauncher::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot start the demo site %1: %2").arg(program(), m_process.errorString()));
    });
}

DemoSiteLauncher::~DemoSiteLauncher()
{
    stop();
}

QString DemoSiteLauncher::program() const
{
    if (!m_program.isEmpty())
        return m_program;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("yutang-site.exe");
#else
    const QString name = QStringLiteral("yutang-site");
#endif
    const QDir dir(QCoreApplication::applicationDirPath());
#ifdef Q_OS_MACOS
    // Installed, yutang-site sits in yutang.app/Contents/MacOS next to yutang. In the build tree
    // it is beside the bundle (build/bin/yutang-site next to build/bin/yutang.app).
    if (!QFileInfo::exists(dir.filePath(name))) {
        const QString besideBundle =
            QDir::cleanPath(dir.filePath(QStringLiteral("../../../") + name));
        if (QFileInfo::exists(besideBundle))
            return besideBundle;
    }
#endif
    return dir.filePath(name);
}

void DemoSiteLauncher::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_address.clear();
    m_buffer.clear();
    m_failed = false;
    if (!QFileInfo(program()).isExecutable()) {
        fail(tr("The demo site %1 is missing. Build the yutang-site target.").arg(program()));
        return;
    }
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    m_token = "demo-" + raw.toHex();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(tokenVariable(), QString::fromLatin1(m_token));
    m_process.setProcessEnvironment(env);
    // --live: the demo shop keeps getting visits and orders, so "today" and Sync now show life.
    // --exit-on-stdin-eof: its standard input is our pipe, so it stops when stop() closes it or
    // when the app dies without a chance to (killed, crashed), instead of serving on, orphaned.
    QStringList arguments = {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--seed"), QString::number(m_seed),
                             SiteProcessStop::option()};
    if (m_historyEnd.isValid()) {
        const QDateTime beijing = m_historyEnd.toOffsetFromUtc(8 * 3600);
        arguments << QStringLiteral("--end-date") << beijing.date().toString(Qt::ISODate)
                  << QStringLiteral("--until") << beijing.toString(Qt::ISODate);
    } else {
        arguments << QStringLiteral("--live");
    }
    m_process.start(program(), arguments);
}

void DemoSiteLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (isReady())
        return;
    static const QRegularExpression listening(QStringLiteral("listening (http://127\\.0\\.0\\.1:\\d+)"));
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        const QRegularExpressionMatch match = listening.match(line);
        if (match.hasMatch()) {
            m_address = match.captured(1);
            m_buffer.clear();
            Q_EMIT ready(m_address);
            return;
        }
    }
}

void DemoSiteLauncher::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isReady() && status == QProcess::NormalExit && exitCode == 0)
        return;
    const QString stderrText = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    const QString detail = stderrText.isEmpty() ? tr("exit code %1").arg(exitCode) : stderrText.right(400);
    m_address.clear();
    fail(tr("The demo site stopped: %1").arg(detail));
}

void DemoSiteLauncher::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_lastError = error;
    Q_EMIT failed(error);
}

bool DemoSiteLauncher::startAndWait(int timeoutMs, QString *error)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &DemoSiteLauncher::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoSiteLauncher::failed, &loop, &QEventLoop::quit);
    start();
    if (!isReady() && !m_failed) {
        timer.start(timeoutMs);
        loop.exec();
    }
    if (isReady())
        return true;
    if (error)
        *error = m_failed ? m_lastError : tr("The demo site did not start within %1 s.").arg(timeoutMs / 1000);
    if (!m_failed)
        stop();
    return false;
}

bool DemoSiteLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.disconnect(this);
    m_address.clear();
    return SiteProcessStop::stop(m_process, kStopTimeoutMs);
}

qint64 DemoSiteLauncher::processId() const
{
    return m_process.processId();
}
