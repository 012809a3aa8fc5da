#pragma once

#include <QString>

// Where tests find built binaries and fixture files: configured at build time,
// never relative to the working directory.
namespace TestPaths {
// The built executables, as CMake placed them ($<TARGET_FILE:…>): right for multi-config
// generators too (Visual Studio and Xcode put them in bin/<Config>/), with the platform's suffix.
QString siteBinary();
QString cliBinary();
// The desktop app. Not a build dependency of every test: a test that starts it adds
// add_dependencies(<test> yutang).
QString guiBinary();
QString fixture(const QString &relativePath);
} // namespace TestPaths
