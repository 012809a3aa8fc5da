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
    std::unique_ptr<Database> open(const QCommandLineParser &parser, CliIo &io, int *exitCode) const;

    const QCommandLineOption db;
    const QCommandLineOption profile;
};
