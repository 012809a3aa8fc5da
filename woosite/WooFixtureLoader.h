// Loads a hand-written shop from JSON instead of generating one (--fixture FILE.json). The format
// (see README.md, "Fixture format"): {"settings", "categories", "products" (with "variations"),
// "customers", "orders" (with "line_items", "refunds", "attribution", "meta_data", "notes")}.
// Dates are "YYYY-MM-DDTHH:MM:SS" in GMT (keys ending in _gmt) or in the site's zone (without);
// money is a decimal string. Line totals, the discount and order totals are computed from the
// line prices, so that a fixture cannot disagree with itself.
#pragma once

#include <QString>

class WooShopData;

class WooFixtureLoader
{
public:
    /// Replaces shop with the fixture's; false with *error set if it cannot be read.
    static bool load(const QString &path, WooShopData &shop, QString *error);
};
