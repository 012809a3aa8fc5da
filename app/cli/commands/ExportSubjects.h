#pragma once

#include "commands/ExportSubject.h"

#include <memory>
#include <vector>

// Every subject of `yutang-cli export`; each feature adds its own in ExportSubjects.cpp.
namespace ExportSubjects {
std::vector<std::unique_ptr<ExportSubject>> all();
}
