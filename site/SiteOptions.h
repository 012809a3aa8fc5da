// Command-line options of yutang-site (QCommandLineParser).
#pragma once

#include "DemoShopGenerator.h"
#include "FaultInjector.h"

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

struct SiteOptions
{
    GeneratorOptions generator;
    FaultConfig faults;
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 0;
    QByteArray token = "demo-token";
    QByteArray readToken;
    bool live = false;
    bool admin = false;
    bool partitions = true;
    bool exitOnStdinEof = false;
    qint64 pageCacheMb = 256;

    /// Parses arguments (exits for --help/--version); false with a message on bad values.
    bool parse(const QStringList &arguments, QString &error);
};
