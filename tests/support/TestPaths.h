#pragma once

#include <QString>

// Where tests find built binaries and fixture files: configured at build time,
// never relative to the working directory.
namespace TestPaths {
QString binDir();
QString binary(const QString &name);
QString fixture(const QString &relativePath);
} // namespace TestPaths
