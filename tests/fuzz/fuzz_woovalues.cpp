// WooCommerce's values in text: amounts ("29.35", WooMoney) in a currency's decimals, `*_gmt`
// dates (WooDate), and product ids ("12", "12:34"). Whatever parses must format back to a value
// that parses to the same thing. The first byte picks the decimals (0-18) and the kind.
#include "FuzzInput.h"
#include "sites/woocommerce/WooDate.h"
#include "sites/woocommerce/WooMoney.h"
#include "sites/woocommerce/WooRecordMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int decimals = data[0] % (WooMoney::MaxDecimals + 1);
    const QString text = QString::fromUtf8(FuzzInput::bytes(data + 1, size - 1));

    qint64 minor = 0;
    QString error;
    if (WooMoney::parse(text, decimals, &minor, &error)) {
        qint64 again = 0;
        if (!WooMoney::parse(WooMoney::format(minor, decimals), decimals, &again) || again != minor)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    // The same bytes as a JSON number (line_items[].price).
    if (size - 1 == sizeof(double)) {
        double value = 0;
        std::memcpy(&value, data + 1, sizeof value);
        WooMoney::fromJsonNumber(value, decimals, &minor);
    }
    WooMoney::fromJson(
        QJsonDocument::fromJson("[" + FuzzInput::bytes(data + 1, size - 1) + "]").array().at(0),
        decimals, &minor);

    qint64 ms = 0;
    if (WooDate::parseGmt(text, &ms, &error)) {
        qint64 again = 0;
        // Whole seconds round-trip (fractions are dropped by formatGmt).
        if (!WooDate::parseGmt(WooDate::formatGmt(ms), &again) ||
            again != ms - (((ms % 1000) + 1000) % 1000))
            __builtin_trap();
    }
    WooDate::formatGmt(minor);

    qint64 product = 0, variation = 0;
    if (WooRecordMapper::splitProductId(text, &product, &variation) && variation != 0 &&
        !WooRecordMapper::splitProductId(WooRecordMapper::variationId(product, variation), &product,
                                         &variation))
        __builtin_trap();
    return 0;
}
