#include "store/SchemaSteps.h"

QList<Migrations::Step> SchemaSteps::traffic()
{
    return {};
}
