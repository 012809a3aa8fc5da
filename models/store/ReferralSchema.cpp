#include "store/SchemaSteps.h"

QList<Migrations::Step> SchemaSteps::referrals()
{
    return {};
}
