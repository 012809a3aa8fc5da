#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Site tokens (and team-database passwords) live in the OS keychain and nowhere else: QtKeychain
// with no plaintext fallback. Where no keychain is available the calls fail with a clear error.
class TokenStore
{
public:
    static QString serviceName(); // "Yutang"
    static QString tokenKey(const QString &profile);

    using ReadCallback = std::function<void(bool ok, const QByteArray &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    static void read(const QString &key, QObject *context, ReadCallback done);
    static void write(const QString &key, const QByteArray &secret, QObject *context, WriteCallback done);
    static void remove(const QString &key, QObject *context, WriteCallback done);

    // Blocking forms for the CLI and tests: spin a local event loop until the keychain answers.
    static bool readBlocking(const QString &key, QByteArray *secret, QString *error);
    static bool writeBlocking(const QString &key, const QByteArray &secret, QString *error);
    static bool removeBlocking(const QString &key, QString *error);
};
