#include "commands/ExportSubjects.h"

#include "commands/AnomaliesExportSubject.h"
#include "commands/AuditExportSubject.h"
#include "commands/CommissionsExportSubject.h"
#include "commands/CustomersExportSubject.h"
#include "commands/OrdersExportSubject.h"
#include "commands/ProblemsExportSubject.h"
#include "commands/ProductsExportSubject.h"
#include "commands/ReferralsExportSubject.h"
#include "commands/TrafficExportSubject.h"

namespace ExportSubjects {

std::vector<std::unique_ptr<ExportSubject>> all()
{
    std::vector<std::unique_ptr<ExportSubject>> list;
    list.push_back(std::make_unique<ProblemsExportSubject>());
    list.push_back(std::make_unique<ProductsExportSubject>());
    list.push_back(std::make_unique<OrdersExportSubject>());
    list.push_back(std::make_unique<ReferralsExportSubject>());
    list.push_back(std::make_unique<CommissionsExportSubject>());
    list.push_back(std::make_unique<AuditExportSubject>());
    list.push_back(std::make_unique<AnomaliesExportSubject>());
    using Customers = CustomersExportSubject::Kind;
    list.push_back(std::make_unique<CustomersExportSubject>(Customers::Customers));
    list.push_back(std::make_unique<CustomersExportSubject>(Customers::Cohorts));
    list.push_back(std::make_unique<CustomersExportSubject>(Customers::ReferralEconomy));
    list.push_back(std::make_unique<TrafficExportSubject>(TrafficExportSubject::Kind::Traffic));
    list.push_back(std::make_unique<TrafficExportSubject>(TrafficExportSubject::Kind::Funnel));
    list.push_back(std::make_unique<TrafficExportSubject>(TrafficExportSubject::Kind::Lifecycle));
    return list;
}

} // namespace ExportSubjects
