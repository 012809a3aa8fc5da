#pragma once

#include "sync/Records.h"

class Database;

// Stores the shop's description (the first thing every sync fetches). One store holds one shop:
// a store pointed at another site keeps only the new shop's row. Both in one transaction.
namespace ShopRowWriter {
bool write(Database &db, const ShopRecord &shop, QString *error);
} // namespace ShopRowWriter
