#include "store/SchemaSteps.h"

QList<Migrations::Step> SchemaSteps::team()
{
    return {};
}
