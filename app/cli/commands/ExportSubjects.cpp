#include "commands/ExportSubjects.h"

#include "commands/OrdersExportSubject.h"
#include "commands/ProblemsExportSubject.h"
#include "commands/ProductsExportSubject.h"

namespace ExportSubjects {

std::vector<std::unique_ptr<ExportSubject>> all()
{
    std::vector<std::unique_ptr<ExportSubject>> list;
    list.push_back(std::make_unique<ProblemsExportSubject>());
    list.push_back(std::make_unique<ProductsExportSubject>());
    list.push_back(std::make_unique<OrdersExportSubject>());
    return list;
}

} // namespace ExportSubjects
