#pragma once

#include "sync/SiteClient.h"
#include "sync/SyncTypes.h"

// What a failed WooCommerce request means for a sync, in words for the user.
struct WooFailure
{
    SyncResult::Failure failure = SyncResult::Failure::SiteError;
    QString message;

    // `what`: what was being asked for ("orders", "the shop's settings").
    static WooFailure from(const SiteResponse &response, const QString &siteUrl,
                           const QString &what);
};
