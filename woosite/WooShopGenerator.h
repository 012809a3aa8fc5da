// A deterministic generated tea shop (一叶茶舍) for tests and benchmarks: the same seed and sizes
// give byte-identical records. Products in six categories, a third of them variable (50g / 100g /
// 250g); customers registered over the year before the end date; orders over its last 180 days in
// every status, a fifth of them guest orders, some refunded in full or in part, totals exact in
// fen; order attribution meta (WooCommerce 8.5+) on the orders of the last 90 days only.
#pragma once

#include <QDate>
#include <QtGlobal>

class WooShopData;

struct WooGeneratorOptions
{
    quint64 seed = 1;
    int orders = 600;
    int customers = 200;
    QDate endDate; // the last shop day (Asia/Shanghai); invalid: today there
};

class WooShopGenerator
{
public:
    static void generate(WooShopData &shop, const WooGeneratorOptions &options);
};
