#pragma once

#include "commands/Command.h"

// yutang-cli connect --profile NAME --kind woocommerce|yutang --site URL: tests the address and
// secret with the kind's probe, prints what it found (shop, currency, time zone, platform
// version, read or read/write) and only then keeps the secret in the OS keychain and saves the
// profile. The secret's parts (a token; a consumer key and secret) come from standard input, one
// per line, or from the environment variables named by --token-env / --key-env and --secret-env;
// never from argv.
class ConnectCommand : public Command
{
public:
    explicit ConnectCommand(QTextStream *input) : m_input(input) {}
    QString name() const override { return QStringLiteral("connect"); }
    QString description() const override;
    int execute(const QStringList &arguments, CliIo &io) override;

    // Reads the kind's secret parts from `input`, one per line, and packs them; prints why not.
    static bool readSecret(const QString &kind, QTextStream *input, CliIo &io, QByteArray *secret);

private:
    QTextStream *m_input;
};
