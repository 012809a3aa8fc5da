#pragma once

#include <QString>

// Keeps what a test writes through QSettings and QStandardPaths out of the user's own settings and
// data, the same way on every platform, and removes it when the test ends.
//
// Every test executable links this (yutang_add_test), and isolate() runs by itself when the test's
// QCoreApplication is created, so no test can forget it. Environment variables such as
// XDG_CONFIG_HOME would do this on Linux only: Windows keeps QSettings in the registry and macOS in
// CFPreferences, neither of which looks at them.
class TestEnvironment
{
public:
    // In-process: QStandardPaths in test mode (Qt's own test locations, never the user's);
    // QSettings() in INI files under root() (user and system scope), whatever the platform's
    // native format. Child processes (yutang-cli) cannot be redirected that way; they get
    // XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME under root(), which
    // isolates them where Qt uses those (Linux and other XDG systems).
    static void isolate();
    // The temporary folder behind it; empty before isolate().
    static QString root();
};
