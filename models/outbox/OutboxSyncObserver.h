#pragma once

#include "sync/PageApplier.h"

// Keeps local edits on top of what a sync (or a push answer) writes: after a page of products or
// orders is stored, every outbox entry of those records is applied again, inside the page's
// transaction. Also notes the site's order statuses in the order timeline.
class OutboxSyncObserver : public PageApplier::Observer
{
public:
    bool pageApplied(Database &db, const ParsedPage &page, QString *error) override;
};
