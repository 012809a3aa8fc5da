#include "sync/TokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("TokenStore", "No token is stored for this shop yet.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("TokenStore", "Access to the keychain was denied.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("TokenStore", "No keychain is available on this system (%1). Yutang stores tokens only in the "
                  "system keychain; start a secret service such as GNOME Keyring or KWallet.")
            .arg(detail);
    default:
        return QCoreApplication::translate("TokenStore", "The keychain failed: %1. Yutang stores tokens only in the system keychain; make "
                  "sure a secret service (GNOME Keyring, KWallet, macOS Keychain, Windows Credential "
                  "Manager) is running and unlocked.")
            .arg(detail);
    }
}

template <typename Job>
Job *makeJob(const QString &key, QObject *context)
{
    auto *job = new Job(TokenStore::serviceName(), context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never write a secret in plain text
    job->setKey(key);
    return job;
}

} // namespace

QString TokenStore::serviceName()
{
    return QStringLiteral("Yutang");
}

QString TokenStore::tokenKey(const QString &profile)
{
    return QStringLiteral("site-token/%1").arg(profile);
}

void TokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError)
            done(false, {}, describe(job->error(), job->errorString()));
        else
            done(true, job->binaryData(), {});
    });
    job->start();
}

void TokenStore::write(const QString &key, const QByteArray &secret, QObject *context, WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key, context);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError)
            done(false, describe(job->error(), job->errorString()));
        else
            done(true, {});
    });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : describe(job->error(), job->errorString()));
    });
    job->start();
}

namespace {

// Runs one asynchronous keychain call to its end on a local event loop (CLI and tests).
template <typename Start>
bool runBlocking(Start start, QString *error)
{
    QObject context;
    QEventLoop loop;
    bool result = false;
    start(&context, [&](bool ok, const QString &e) {
        result = ok;
        if (error)
            *error = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

bool TokenStore::readBlocking(const QString &key, QByteArray *secret, QString *error)
{
    return runBlocking(
        [&](QObject *context, auto finish) {
            read(key, context, [secret, finish](bool ok, const QByteArray &s, const QString &e) {
                *secret = s;
                finish(ok, e);
            });
        },
        error);
}

bool TokenStore::writeBlocking(const QString &key, const QByteArray &secret, QString *error)
{
    return runBlocking([&](QObject *context, auto finish) { write(key, secret, context, finish); }, error);
}

bool TokenStore::removeBlocking(const QString &key, QString *error)
{
    return runBlocking([&](QObject *context, auto finish) { remove(key, context, finish); }, error);
}
