#include "commands/ExportSubjects.h"

#include "commands/ProblemsExportSubject.h"

namespace ExportSubjects {

std::vector<std::unique_ptr<ExportSubject>> all()
{
    std::vector<std::unique_ptr<ExportSubject>> list;
    list.push_back(std::make_unique<ProblemsExportSubject>());
    return list;
}

} // namespace ExportSubjects
