#pragma once

#include "sites/woocommerce/WooFailure.h"
#include "sync/Records.h"

#include <functional>

class WooClient;

// What a WooCommerce shop says of itself, read the same way for a sync and a connection test:
// the WordPress index (<site>/wp-json/: is it WordPress with WooCommerce's wc/v3; name; time
// zone, or its fixed offset) and system_status (currency and its decimals, WooCommerce's
// version).
struct WooShopInfo
{
    ShopRecord shop; // kind "woocommerce"; id: the site's host and path
    QString version; // WooCommerce's own
};

namespace WooShopReader {
// `done` gets the description, or (failure non-null) why there is none. Runs on `client`'s
// requests: aborting the client drops it.
void read(WooClient &client,
          std::function<void(const WooShopInfo &info, const WooFailure *failure)> done);
} // namespace WooShopReader
