#pragma once

#include "commands/Command.h"

#include <QCommandLineOption>

#include <memory>

class Database;
class QCommandLineParser;

// The --db and --profile options most verbs share, and opening the store they name.
class StoreOptions
{
public:
    StoreOptions();
    void addTo(QCommandLineParser &parser) const;
    // The profile named by --profile, else the current one, else "default".
    QString profileName(const QCommandLineParser &parser) const;
    // Only a sync makes a new store: any other verb pointed at a SQLite file that does not exist
    // says so (ExitStore) instead of creating an empty store and reporting zeros.
    enum class IfMissing { Refuse, Create };
    std::unique_ptr<Database> open(const QCommandLineParser &parser, CliIo &io, int *exitCode,
                                   IfMissing ifMissing = IfMissing::Refuse) const;

    const QCommandLineOption db;
    const QCommandLineOption profile;
};
