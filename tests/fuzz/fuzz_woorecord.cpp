// A WooCommerce REST v3 record as the shop sends it (GET /wc/v3/orders, /products, /customers,
// /products/<id>/variations): WooRecordMapper turns it into the common record, or sets it aside
// with a reason. The first byte picks the kind (byte % 5: product, variation, customer, order,
// order as records) and the currency's decimals ((byte / 5) % 4); the rest is the JSON (for a
// variation: the parent product, a newline, then the variation).
#include "FuzzInput.h"
#include "sites/woocommerce/WooRecordMapper.h"
#include "sync/ParsedPage.h"
#include "sync/RecordParser.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// What the mapper gives out must be what the common parser takes, or a reason why not.
void checkMapped(bool ok, Collection collection, const QJsonObject &out, const QString &reason)
{
    if (!ok) {
        if (reason.isEmpty())
            __builtin_trap(); // a record set aside always says why
        return;
    }
    ParsedPage page;
    RecordParser::parseRecord(collection, out, &page);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = FuzzInput::bytes(data + 1, size - 1);
    WooRecordMapper::Context context;
    context.decimals = (data[0] / 5) % 4; // 0 (JPY), 1, 2 (CNY), 3 (KWD)
    context.siteHost = QStringLiteral("shop.example.cn");
    QJsonObject out;
    QString reason;
    switch (data[0] % 5) {
    case 0: {
        const bool ok = WooRecordMapper::product(object(json), nullptr, context, &out, &reason);
        checkMapped(ok, Collection::Products, out, reason);
        break;
    }
    case 1: {
        const QList<QByteArray> parts = FuzzInput::fields(json, 2);
        const QJsonObject parent = object(parts[0]);
        const bool ok = WooRecordMapper::product(object(parts[1]), &parent, context, &out, &reason);
        checkMapped(ok, Collection::Products, out, reason);
        break;
    }
    case 2: {
        const bool ok = WooRecordMapper::customer(object(json), &out, &reason);
        checkMapped(ok, Collection::Customers, out, reason);
        break;
    }
    case 3: {
        QJsonObject session;
        const bool ok = WooRecordMapper::order(object(json), context, &out, &session, &reason);
        checkMapped(ok, Collection::Orders, out, reason);
        if (ok)
            checkMapped(ok, Collection::Sessions, session, reason);
        break;
    }
    case 4: {
        OrderRecord order;
        SessionRecord session;
        if (!WooRecordMapper::orderRecord(object(json), context, &order, &session, &reason) &&
            reason.isEmpty())
            __builtin_trap();
        break;
    }
    }
    return 0;
}
