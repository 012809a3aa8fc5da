// yutang-woo-site's command line.
#pragma once

#include "WooAuthChecker.h"
#include "WooShopGenerator.h"

#include <QHostAddress>
#include <QStringList>

struct WooOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    bool exitOnStdinEof = false;
    int latencyMs = 0;
    WooGeneratorOptions generator;
    QString fixture;
    std::vector<WooApiKey> keys;
    QString tlsCert, tlsKey;
    bool stripAuthorization = false;

    /// The key used when no --key is given (document it: clients and tests rely on it).
    static constexpr const char *kDefaultKey = "ck_test";
    static constexpr const char *kDefaultSecret = "cs_test";

    bool parse(const QStringList &arguments, QString &error);
};
