#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

// Exit codes scripts can tell apart.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,       // anything else
    ExitUsage = 2,         // bad arguments
    ExitUnauthorized = 3,  // the site refused the token
    ExitUnreachable = 4,   // no answer from the site
    ExitBadAddress = 5,    // not a usable site address
    ExitStore = 6,         // the local store could not be opened or written
    ExitKeychain = 7,      // no token in the keychain, or no keychain
    ExitFindings = 8,      // a check ran and found problems (audit, conflicts)
    ExitQueued = 9,        // an edit is queued in the outbox but the site was not reached
    ExitConflict = 10,     // an edit was refused (conflict or rejected) and waits for a decision
};

// Where a command reads and writes: real streams in yutang-cli, buffers in tests.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment env;
};

// One verb of yutang-cli (as in keepassxc-cli): parses its own options and runs.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // `arguments` starts with the verb itself, as QCommandLineParser expects.
    virtual int execute(const QStringList &arguments, CliIo &io) = 0;

protected:
    // Parses; on error or --help prints to io and returns false with *exitCode set.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, CliIo &io, int *exitCode) const;
};
