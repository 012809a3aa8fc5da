#include "store/SchemaSteps.h"

QList<Migrations::Step> SchemaSteps::outbox()
{
    return {};
}
