#include "CatalogGenerator.h"

#include "Rng.h"
#include "ShopData.h"

namespace {

struct Base
{
    const char *category;
    const char *name;
    const char *code;
    int pricePer50g; ///< fen; for tea ware the unit price
    bool ware;
};

const Base kBases[] = {
    {"绿茶", "明前龙井", "LJ", 9800, false},
    {"绿茶", "洞庭碧螺春", "BLC", 7800, false},
    {"绿茶", "黄山毛峰", "HSMF", 5600, false},
    {"绿茶", "六安瓜片", "LAGP", 6800, false},
    {"绿茶", "安吉白茶", "AJBC", 8800, false},
    {"绿茶", "信阳毛尖", "XYMJ", 4800, false},
    {"红茶", "正山小种", "ZSXZ", 4600, false},
    {"红茶", "金骏眉", "JJM", 12800, false},
    {"红茶", "滇红古树", "DH", 3900, false},
    {"红茶", "祁门红茶", "QM", 5200, false},
    {"乌龙茶", "安溪铁观音", "TGY", 4200, false},
    {"乌龙茶", "武夷大红袍", "DHP", 8600, false},
    {"乌龙茶", "凤凰单丛", "DC", 6600, false},
    {"乌龙茶", "东方美人", "DFMR", 9600, false},
    {"白茶", "福鼎白毫银针", "BHYZ", 15800, false},
    {"白茶", "白牡丹", "BMD", 6800, false},
    {"白茶", "老寿眉", "SM", 3200, false},
    {"普洱", "勐海熟普", "SP", 2600, false},
    {"普洱", "冰岛生普", "BD", 19800, false},
    {"普洱", "新会小青柑", "XQG", 3600, false},
    {"花茶", "茉莉花茶", "ML", 2800, false},
    {"花茶", "桂花乌龙", "GHWL", 3800, false},
    {"花茶", "玫瑰花茶", "MG", 2400, false},
    {"茶具", "宜兴紫砂壶", "ZSH", 68800, true},
    {"茶具", "白瓷盖碗", "GW", 8800, true},
    {"茶具", "玻璃公道杯", "GDC", 3900, true},
    {"茶具", "建盏", "JZ", 26800, true},
    {"茶具", "竹制茶盘", "CP", 15800, true},
    {"茶具", "旅行茶具套装", "LXTZ", 12900, true},
};

struct Size
{
    const char *label;
    const char *code;
    int grams;
};

const Size kSizes[] = {{"50g", "50", 50},
                       {"100g", "100", 100},
                       {"250g", "250", 250},
                       {"357g 饼", "357", 357},
                       {"礼盒装 200g", "GIFT", 200}};

} // namespace

void CatalogGenerator::generate(ShopData &data, Rng &rng, qint64 historyStart, qint64 historyEnd)
{
    // Every tea base gets one or more sizes until 60 products exist; tea ware gets one each.
    int made = 0;
    for (int pass = 0; made < kProductCount; ++pass) {
        for (const Base &b : kBases) {
            if (made == kProductCount)
                break;
            if (b.ware && pass > 0)
                continue;
            const bool cake =
                QByteArrayView(b.category) == "普洱" || QByteArrayView(b.code) == "SM";
            const Size &size = b.ware ? kSizes[0]
                               : cake ? kSizes[pass == 0 ? 3 : (pass == 1 ? 1 : 4)]
                                      : kSizes[pass == 0 ? 2 : (pass == 1 ? 4 : 0)];
            Product p;
            p.category = b.category;
            if (b.ware) {
                p.title = b.name;
                p.sku = QByteArray("WARE-") + b.code;
                p.price = b.pricePer50g;
            } else {
                p.title = QByteArray(b.name) + ' ' + size.label;
                p.sku = QByteArray("TEA-") + b.code + '-' + size.code;
                p.price = qint64(b.pricePer50g) * size.grams / 50 / 100 * 100 - 100 +
                          (size.grams == 200 ? 3000 : 0);
            }
            p.stock = rng.chance(0.08) ? 0 : rng.range(3, 480);
            const int r = int(rng.below(60));
            p.status = r < 5   ? ProductStatus::Draft
                       : r < 9 ? ProductStatus::Archived
                               : ProductStatus::Active;
            p.meta.version = quint32(rng.range(1, 9));
            p.meta.updatedAt = historyStart + rng.range(0, historyEnd - historyStart - 3600);
            data.addProduct(std::move(p));
            ++made;
        }
    }
    // A product that every audit should find active and in stock: the shop's best seller.
    data.products[0].status = ProductStatus::Active;
    data.products[0].stock = qMax<qint64>(data.products[0].stock, 42);
}
