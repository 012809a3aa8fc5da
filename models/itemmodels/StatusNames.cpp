#include "itemmodels/StatusNames.h"

QString StatusNames::orderStatus(const QString &code)
{
    if (code == QLatin1String("pending"))
        return tr("Pending payment");
    if (code == QLatin1String("paid"))
        return tr("Paid");
    if (code == QLatin1String("shipped"))
        return tr("Shipped");
    if (code == QLatin1String("completed"))
        return tr("Completed");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (code == QLatin1String("refunded"))
        return tr("Refunded");
    return code;
}

QString StatusNames::productStatus(const QString &code)
{
    if (code == QLatin1String("active"))
        return tr("On sale");
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("archived"))
        return tr("Archived");
    return code;
}

QString StatusNames::commissionStatus(const QString &code)
{
    if (code == QLatin1String("pending"))
        return tr("Pending");
    if (code == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (code == QLatin1String("paid"))
        return tr("Paid out");
    if (code == QLatin1String("reversed"))
        return tr("Reversed");
    return code;
}

QString StatusNames::collection(const QString &code)
{
    if (code == QLatin1String("products"))
        return tr("Products");
    if (code == QLatin1String("customers"))
        return tr("Customers");
    if (code == QLatin1String("orders"))
        return tr("Orders");
    if (code == QLatin1String("sessions"))
        return tr("Sessions");
    if (code == QLatin1String("events"))
        return tr("Events");
    if (code == QLatin1String("commissions"))
        return tr("Commissions");
    if (code == QLatin1String("shop"))
        return tr("Shop");
    return code;
}
