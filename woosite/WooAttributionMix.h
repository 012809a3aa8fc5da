// Order attribution meta as WooCommerce 8.5+ stores it (src/Internal/Orders/
// OrderAttributionController.php, src/Internal/Traits/OrderAttributionMeta.php): keys
// _wc_order_attribution_<field> for source_type, referrer, utm_*, session_entry,
// session_start_time, session_pages, session_count, user_agent and device_type; values of
// "(none)" are not stored. A mix for a Chinese shop: WeChat's in-app browser, Baidu, Sogou, 360,
// Bing, Zhihu and Xiaohongshu, utm campaigns, type-in, admin-created, the mobile app, unknown.
#pragma once

#include "Rng.h"

class WooShopData;
struct WooOrder;

class WooAttributionMix
{
public:
    explicit WooAttributionMix(quint64 seed) : m_rng(seed) {}

    /// Adds the meta rows to o (and sets created_via / the customer's user agent to match).
    void assign(WooOrder &o, WooShopData &shop);

private:
    Rng m_rng;
};
