#include "WooShopGenerator.h"

#include "Rng.h"
#include "WooAttributionMix.h"
#include "WooShopData.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace {

struct TeaSpec
{
    const char *name;
    const char *slug;
    int category; // index into kCategories
    int priceYuan;
    bool variable;
};

const char *const kCategories[][2] = {{"绿茶", "green-tea"}, {"红茶", "black-tea"},
                                      {"乌龙茶", "oolong"},  {"普洱", "puer"},
                                      {"白茶", "white-tea"}, {"茶具", "teaware"}};

const TeaSpec kTeas[] = {
    {"西湖龙井 明前特级", "xihu-longjing", 0, 268, true},
    {"碧螺春", "biluochun", 0, 128, false},
    {"黄山毛峰", "huangshan-maofeng", 0, 98, true},
    {"六安瓜片", "luan-guapian", 0, 158, false},
    {"信阳毛尖", "xinyang-maojian", 0, 88, false},
    {"安吉白茶", "anji-baicha", 0, 138, true},
    {"正山小种", "zhengshan-xiaozhong", 1, 118, true},
    {"金骏眉", "jinjunmei", 1, 298, false},
    {"祁门红茶", "keemun", 1, 108, true},
    {"滇红金芽", "dianhong-jinya", 1, 98, false},
    {"英德红茶", "yingde-hongcha", 1, 68, false},
    {"铁观音 清香型", "tieguanyin", 2, 128, true},
    {"大红袍", "dahongpao", 2, 228, true},
    {"凤凰单丛 蜜兰香", "fenghuang-dancong", 2, 168, false},
    {"冻顶乌龙", "dongding-oolong", 2, 148, false},
    {"东方美人", "oriental-beauty", 2, 198, true},
    {"普洱熟茶 七子饼", "puer-shu-bing", 3, 188, false},
    {"普洱生茶 古树", "puer-sheng-gushu", 3, 368, true},
    {"小青柑", "xiaoqinggan", 3, 78, false},
    {"老班章 小饼", "laobanzhang", 3, 588, false},
    {"白毫银针", "baihao-yinzhen", 4, 258, true},
    {"白牡丹", "bai-mudan", 4, 128, false},
    {"寿眉饼", "shoumei-bing", 4, 98, false},
    {"紫砂壶 西施", "zisha-xishi", 5, 458, false},
    {"青瓷盖碗", "qingci-gaiwan", 5, 128, false},
    {"建盏 兔毫", "jianzhan-tuhao", 5, 268, false},
    {"公道杯 玻璃", "gongdaobei", 5, 39, false},
    {"竹制茶盘", "zhu-chapan", 5, 199, false},
    {"旅行茶具套装", "travel-teaset", 5, 159, false},
    {"茶则茶针套装", "chaze-set", 5, 49, false},
};

const char *const kSurnames[][2] = {{"王", "wang"}, {"李", "li"},   {"张", "zhang"}, {"刘", "liu"},
                                    {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"},
                                    {"吴", "wu"},   {"周", "zhou"}, {"徐", "xu"},    {"孙", "sun"},
                                    {"马", "ma"},   {"朱", "zhu"},  {"胡", "hu"},    {"郭", "guo"},
                                    {"何", "he"},   {"林", "lin"},  {"罗", "luo"},   {"高", "gao"}};

const char *const kGivenNames[][2] = {
    {"伟", "wei"},        {"芳", "fang"},    {"娜", "na"},        {"敏", "min"},     {"静", "jing"},
    {"丽", "li"},         {"强", "qiang"},   {"磊", "lei"},       {"洋", "yang"},    {"艳", "yan"},
    {"勇", "yong"},       {"军", "jun"},     {"杰", "jie"},       {"娟", "juan"},    {"涛", "tao"},
    {"明", "ming"},       {"超", "chao"},    {"秀英", "xiuying"}, {"霞", "xia"},     {"平", "ping"},
    {"婷婷", "tingting"}, {"雨涵", "yuhan"}, {"子轩", "zixuan"},  {"思远", "siyuan"}};

const char *const kPlaces[][3] = {{"浙江省", "杭州市", "CN33"}, {"上海市", "上海市", "CN31"},
                                  {"北京市", "北京市", "CN11"}, {"广东省", "广州市", "CN44"},
                                  {"广东省", "深圳市", "CN44"}, {"江苏省", "南京市", "CN32"},
                                  {"四川省", "成都市", "CN51"}, {"福建省", "厦门市", "CN35"},
                                  {"湖北省", "武汉市", "CN42"}, {"云南省", "昆明市", "CN53"}};

const char *const kStreets[] = {"文三路", "南京西路", "中关村大街", "天河路",   "深南大道",
                                "中山路", "春熙路",   "鼓浪屿路",   "解放大道", "翠湖路"};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

WooAddress makeAddress(Rng &rng, const QString &first, const QString &last)
{
    const auto &place = kPlaces[rng.below(std::size(kPlaces))];
    WooAddress a;
    a.firstName = first;
    a.lastName = last;
    a.address1 = QStringLiteral("%1%2号")
                     .arg(s(kStreets[rng.below(std::size(kStreets))]))
                     .arg(rng.range(1, 999));
    a.city = s(place[1]);
    a.state = QString::fromLatin1(place[2]);
    a.postcode = QString::number(rng.range(100000, 850000));
    a.country = QStringLiteral("CN");
    a.phone = QStringLiteral("1%1").arg(rng.range(3000000000LL, 9999999999LL));
    return a;
}

} // namespace

void WooShopGenerator::generate(WooShopData &shop, const WooGeneratorOptions &options)
{
    shop = WooShopData();
    Rng rng(Rng::mix(options.seed, 0x7ea));
    const int offset = shop.settings.gmtOffsetHours * 3600;
    QDate end = options.endDate;
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc().addSecs(offset).date();
    // The end of the last shop day, in GMT seconds.
    const qint64 endGmt =
        QDateTime(end.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - offset - 1;
    constexpr qint64 kDay = 86400;

    for (int i = 0; i < int(std::size(kCategories)); ++i)
        shop.settings.categories.push_back(
            {15 + i, s(kCategories[i][0]), QString::fromLatin1(kCategories[i][1])});

    // Products, created over the year before the first order.
    const qint64 catalogStart = endGmt - 400 * kDay;
    for (const TeaSpec &t : kTeas) {
        WooProduct p;
        p.name = s(t.name);
        p.slug = QString::fromLatin1(t.slug);
        p.sku = QStringLiteral("YY-%1").arg(shop.nextPostId, 4, 10, QLatin1Char('0'));
        p.description = QStringLiteral("%1，产自原产地，一叶茶舍精选。").arg(p.name);
        p.created = catalogStart + qint64(rng.below(200)) * kDay + rng.below(kDay);
        p.modified = p.created + qint64(rng.below(150)) * kDay + rng.below(kDay);
        p.categories = {15 + t.category};
        p.regularFen = qint64(t.priceYuan) * 100;
        p.stockQuantity = int(rng.range(0, 120));
        p.stockStatus = p.stockQuantity > 0 ? "instock" : "outofstock";
        if (rng.chance(0.2))
            p.saleFen = p.regularFen * 85 / 100 / 100 * 100;
        p.weight = t.category == 5 ? QStringLiteral("0.8") : QStringLiteral("0.1");
        if (t.variable) {
            p.type = "variable";
            p.attributeName = QStringLiteral("规格");
            p.regularFen = 0;
            p.saleFen = -1;
            p.manageStock = false;
        }
        WooProduct &added = shop.addProduct(p);
        const qint64 productId = added.id;
        if (t.variable) {
            const char *const sizes[] = {"50g", "100g", "250g"};
            const int factors[] = {100, 190, 450};
            std::vector<qint64> ids;
            for (int k = 0; k < 3; ++k) {
                WooVariation v;
                v.parentId = productId;
                v.option = QString::fromLatin1(sizes[k]);
                v.sku = QStringLiteral("YY-%1-%2").arg(productId).arg(v.option);
                v.created = shop.product(productId)->created;
                v.modified = v.created + qint64(rng.below(100)) * kDay;
                v.regularFen = qint64(t.priceYuan) * factors[k];
                if (rng.chance(0.15))
                    v.saleFen = v.regularFen * 9 / 10 / 100 * 100;
                v.stockQuantity = int(rng.range(0, 80));
                v.stockStatus = v.stockQuantity > 0 ? "instock" : "outofstock";
                ids.push_back(shop.addVariation(v).id);
            }
            shop.product(productId)->variations = ids;
        }
    }
    // One product in the trash, one a draft.
    shop.products[3].status = "trash";
    shop.products[9].status = "draft";

    // Customers, registered over the year before the end date, in id order.
    std::vector<qint64> registered;
    for (int i = 0; i < options.customers; ++i)
        registered.push_back(endGmt - 365 * kDay + qint64(rng.next() % quint64(365 * kDay)));
    std::sort(registered.begin(), registered.end());
    for (int i = 0; i < options.customers; ++i) {
        const auto &sur = kSurnames[rng.below(std::size(kSurnames))];
        const auto &given = kGivenNames[rng.below(std::size(kGivenNames))];
        WooCustomer c;
        c.firstName = s(given[0]);
        c.lastName = s(sur[0]);
        c.username =
            QStringLiteral("%1%2%3").arg(QLatin1String(sur[1]), QLatin1String(given[1])).arg(i + 1);
        const char *const domains[] = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com"};
        c.email = c.username + u'@' + QLatin1String(domains[rng.below(5)]);
        c.created = registered[size_t(i)];
        c.modified = c.created + qint64(rng.below(30)) * kDay;
        c.billing = makeAddress(rng, c.firstName, c.lastName);
        c.billing.email = c.email;
        c.shipping = c.billing;
        c.shipping.email.clear();
        shop.addCustomer(c);
    }

    // Orders over the last 180 days, in date order (ids rise with dates).
    std::vector<qint64> placed;
    const qint64 firstDayGmt =
        QDateTime(end.addDays(-179), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - offset;
    for (int i = 0; i < options.orders; ++i) {
        // Shop hours (Shanghai time), weighted towards the evening; a few after midnight.
        const int hour = int(rng.below(5) == 0 ? rng.below(24) : 8 + rng.below(8) + rng.below(8));
        placed.push_back(firstDayGmt + qint64(rng.below(180)) * kDay + hour * 3600 +
                         rng.below(3600));
    }
    std::sort(placed.begin(), placed.end());
    std::vector<const WooProduct *> sellable;
    for (const WooProduct &p : shop.products) {
        if (p.status == "publish")
            sellable.push_back(&p);
    }
    const qint64 attributionSince = endGmt - 90 * kDay;
    WooAttributionMix attribution(Rng::mix(options.seed, 0xa77));
    for (int i = 0; i < options.orders; ++i) {
        WooOrder o;
        o.id = shop.nextOrderId++;
        o.created = std::min(placed[size_t(i)], endGmt - 3600);
        o.orderKey = QStringLiteral("wc_order_%1")
                         .arg(Rng::mix(options.seed, quint64(o.id)) & 0xffffffffffffULL, 12, 16,
                              QLatin1Char('0'));
        const bool guest = rng.chance(0.2) || shop.customers.empty();
        if (!guest) {
            const WooCustomer &c = shop.customers[rng.below(quint32(shop.customers.size()))];
            o.customerId = c.id;
            o.billing = c.billing;
            o.shipping = c.shipping;
        } else {
            const auto &sur = kSurnames[rng.below(std::size(kSurnames))];
            const auto &given = kGivenNames[rng.below(std::size(kGivenNames))];
            o.billing = makeAddress(rng, s(given[0]), s(sur[0]));
            o.billing.email = QStringLiteral("guest%1@%2").arg(o.id).arg(QLatin1String("qq.com"));
            o.shipping = o.billing;
            o.shipping.email.clear();
        }
        const int lines = int(1 + rng.below(4));
        qint64 subtotal = 0;
        for (int k = 0; k < lines && !sellable.empty(); ++k) {
            const WooProduct &p = *sellable[rng.below(quint32(sellable.size()))];
            WooLineItem li;
            li.id = shop.nextItemId++;
            li.productId = p.id;
            li.name = p.name;
            li.sku = p.sku;
            li.quantity = int(1 + rng.below(3));
            li.priceFen = p.saleFen >= 0 ? p.saleFen : p.regularFen;
            if (p.type == "variable" && !p.variations.empty()) {
                const WooVariation &v =
                    *shop.variation(p.variations[rng.below(quint32(p.variations.size()))]);
                li.variationId = v.id;
                li.name = p.name + QStringLiteral(" - ") + v.option;
                li.sku = v.sku;
                li.priceFen = v.priceFen();
            }
            li.subtotalFen = li.totalFen = li.priceFen * li.quantity;
            subtotal += li.subtotalFen;
            o.lineItems.push_back(li);
        }
        // A coupon on some orders: 10 or 20 yuan off, shared across lines, exact in fen.
        if (rng.chance(0.15) && subtotal > 5000) {
            const qint64 discount = subtotal > 30000 ? 2000 : 1000;
            qint64 left = discount;
            for (size_t k = 0; k < o.lineItems.size(); ++k) {
                WooLineItem &li = o.lineItems[k];
                const qint64 share =
                    k + 1 == o.lineItems.size() ? left : discount * li.subtotalFen / subtotal;
                li.totalFen -= share;
                left -= share;
            }
            o.discountFen = discount;
        }
        o.shippingFen = subtotal >= 9900 ? 0 : 1000;
        o.shippingLineId = shop.nextItemId++;
        o.shippingMethodTitle = o.shippingFen ? QStringLiteral("顺丰快递") : QStringLiteral("包邮");
        const quint32 pay = rng.below(100);
        o.paymentMethod = pay < 60   ? QStringLiteral("wechatpay")
                          : pay < 95 ? QStringLiteral("alipay")
                                     : QStringLiteral("cod");
        o.paymentMethodTitle = pay < 60   ? QStringLiteral("微信支付")
                               : pay < 95 ? QStringLiteral("支付宝")
                                          : QStringLiteral("货到付款");

        // Status, with the dates that go with it.
        const quint32 roll = rng.below(1000);
        const qint64 age = endGmt - o.created;
        QByteArray status;
        if (roll < 60)
            status = "pending";
        else if (roll < 100)
            status = "failed";
        else if (roll < 170)
            status = "cancelled";
        else if (roll < 210)
            status = "on-hold";
        else if (roll < 240)
            status = "refunded";
        else if (roll < 250)
            status = "trash";
        else if (roll < 400 || age < 3 * kDay)
            status = "processing";
        else
            status = "completed";
        o.status = status;
        const bool paid = status == "processing" || status == "completed" || status == "refunded";
        if (paid) {
            o.paid = o.created + 60 + rng.below(600);
            o.transactionId = QStringLiteral("42000%1").arg(
                Rng::mix(options.seed, quint64(o.id) * 7) % 10000000000ULL);
        }
        if (status == "completed" || status == "refunded")
            o.completed =
                std::min(endGmt, o.paid + qint64(1 + rng.below(4)) * kDay + rng.below(kDay));
        o.modified = std::max({o.created, o.paid, o.completed}) + rng.below(3600);
        const qint64 total = o.totalFen();
        if (status == "refunded") {
            o.refunds.push_back({shop.nextOrderId++, QStringLiteral("顾客申请退款"), total,
                                 std::min(endGmt, o.completed + kDay)});
        } else if (status == "completed" && rng.chance(0.04) && !o.lineItems.empty()) {
            const qint64 amount = o.lineItems.front().totalFen / o.lineItems.front().quantity;
            o.refunds.push_back({shop.nextOrderId++, QStringLiteral("部分商品破损"), amount,
                                 std::min(endGmt, o.completed + kDay)});
        }
        for (const WooRefund &r : o.refunds)
            o.modified = std::max(o.modified, r.created);
        o.modified = std::min(o.modified, endGmt);
        if (rng.chance(0.1))
            o.customerNote = QStringLiteral("请尽快发货，谢谢");
        if (paid)
            o.notes.push_back({shop.nextNoteId++, QStringLiteral("system"), o.paid,
                               QStringLiteral("订单状态从 待付款 变更为 处理中。"), false, false});
        if (o.created >= attributionSince)
            attribution.assign(o, shop);
        shop.addOrder(std::move(o));
    }
    shop.reindex();
}
