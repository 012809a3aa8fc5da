// The tea shop's product catalogue: 60 products in seven categories with Chinese titles, SKUs,
// prices in fen, stock, and a few drafts and archived products.
#pragma once

#include <QtGlobal>

class Rng;
class ShopData;

class CatalogGenerator
{
public:
    static constexpr int kProductCount = 60;
    static void generate(ShopData &data, Rng &rng, qint64 historyStart, qint64 historyEnd);
};
