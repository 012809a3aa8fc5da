#pragma once

#include <QString>

struct StoreLocation;

// The password of a team (PostgreSQL) store lives in the OS keychain, next to the site tokens,
// under "store-password/user@host:port/dbname"; never in settings, URLs or argv.
class StorePassword
{
public:
    static QString keyFor(const StoreLocation &location);
    // The keychain's password for the location; empty when there is none or no keychain (then
    // libpq's own sources still apply: PGPASSWORD, ~/.pgpass). *note says why it is empty.
    static QString lookup(const StoreLocation &location, QString *note = nullptr);
};
