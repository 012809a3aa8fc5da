// The reference site's handling of a request (site/ApiRouter: routing, bearer auth, listings and
// partitions with their cursors and limits, record reads, PATCH writes with If-Match and
// Idempotency-Key, the admin endpoints), on a small generated shop, without a socket.
// Input: an HTTP request as text: "METHOD target" on the first line, headers, an empty line, the
// body. After a request that may have changed the shop (one that succeeded, with any method but
// GET), the next one is answered by a fresh shop.
#include "ApiRouter.h"
#include "DemoShopGenerator.h"
#include "FuzzInput.h"
#include "SiteContext.h"

#include <QJsonDocument>
#include <QUrl>
#include <memory>

namespace {

std::unique_ptr<SiteContext> freshSite()
{
    GeneratorOptions options;
    options.seed = 7;
    options.days = 3;
    options.scale = 0.01;
    options.malformed = 2;
    options.endDate = QDate(2026, 12, 1);
    auto shop = std::make_unique<ShopData>();
    auto visits = DemoShopGenerator::generate(*shop, options);
    auto site = std::make_unique<SiteContext>(std::move(shop), std::move(visits), 0x5eed,
                                              1024 * 1024, FaultConfig());
    site->adminEnabled = true;
    site->readToken = "read-token";
    return site;
}

std::unique_ptr<SiteContext> site;
std::unique_ptr<ApiRouter> router;
bool changed = true;

QHttpServerRequest::Method methodFromName(QByteArrayView name)
{
    using M = QHttpServerRequest::Method;
    static const std::pair<QByteArrayView, M> names[] = {
        {"GET", M::Get},     {"PUT", M::Put},         {"DELETE", M::Delete},
        {"POST", M::Post},   {"HEAD", M::Head},       {"OPTIONS", M::Options},
        {"PATCH", M::Patch}, {"CONNECT", M::Connect}, {"TRACE", M::Trace}};
    for (const auto &[n, m] : names) {
        if (n == name)
            return m;
    }
    return M::Unknown;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.first(headEnd);
    ApiRequest request;
    request.body = headEnd < 0 ? QByteArray() : input.sliced(headEnd + 2);

    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = methodFromName(requestLine.first(space < 0 ? 0 : space));
    // The target as QHttpServerRequest reads it: a URL on this server.
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + requestLine.sliced(space + 1));
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].first(colon).trimmed().toLower();
        const QByteArray value = lines[i].sliced(colon + 1).trimmed();
        if (name == "authorization")
            request.authorization = value;
        else if (name == "if-match")
            request.ifMatch = value;
        else if (name == "idempotency-key")
            request.idempotencyKey = value;
        else if (name == "connection")
            request.connection = value;
    }

    if (changed) {
        router.reset();
        site = freshSite();
        router = std::make_unique<ApiRouter>(*site);
    }
    const ApiRouter::Answer answer = router->handle(request);
    // Only a request that succeeded can have changed the shop (a write, an admin action).
    changed = request.method != QHttpServerRequest::Method::Get && answer.reply.status < 300;
    // Every answer is a JSON object, errors included.
    if (answer.reply.status < 200 || answer.reply.status > 599 ||
        !QJsonDocument::fromJson(answer.reply.body).isObject())
        __builtin_trap();
    return 0;
}
