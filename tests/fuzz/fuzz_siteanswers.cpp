// What the sync reads from a site besides the pages: the answer to GET /partitions/{collection}
// (CollectionSync::partsFromAnswer), the error bodies of failed requests (SiteResponse), and the
// opaque cursors and sync tokens, which go back to the site exactly as they came: every cursor
// a site sends must reach its server unchanged through the query the client builds, whether
// that server decodes queries as Qt does or as HTML forms do ('+' is a space: PHP, Node...).
// Input: the body; also, whole, a cursor.
#include "FuzzInput.h"
#include "sync/CollectionSync.h"
#include "sync/SiteClient.h"

#include <QUrl>
#include <QUrlQuery>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

namespace {

int hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// application/x-www-form-urlencoded, as most servers read a query.
QByteArray formDecode(QByteArrayView v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '+') {
            out += ' ';
        } else if (v[i] == '%' && i + 2 < v.size() && hex(v[i + 1]) >= 0 && hex(v[i + 2]) >= 0) {
            out += char(hex(v[i + 1]) * 16 + hex(v[i + 2]));
            i += 2;
        } else {
            out += v[i];
        }
    }
    return out;
}

// What a server reads as `name` from the query of `url`, decoding it as HTML forms do.
QByteArray formValue(const QUrl &url, QByteArrayView name)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : query.split('&')) {
        if (item.startsWith(name) && item.size() > name.size() && item[name.size()] == '=')
            return formDecode(QByteArrayView(item).sliced(name.size() + 1));
    }
    return QByteArrayLiteral("(not sent)");
}

// Qt's URL decoding leaves Unicode non-characters (U+FFFF, U+FFFFF...) percent-encoded, by design.
bool hasNonCharacter(const QString &text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (QChar::isNonCharacter(c))
            return true;
    }
    return false;
}

// Sends `text` as the cursor and the sync token the way the sync does, and reads both back on
// the server's side both ways.
void checkRoundTrip(const QString &text)
{
    if (text.isEmpty() || !text.isValidUtf16())
        return; // an empty cursor means "no more pages"; lone surrogates cannot be sent
    const QUrl url = SiteClient::requestUrl(QUrl(QStringLiteral("https://shop.example.cn/api/v1")),
                                            QStringLiteral("orders"),
                                            CollectionSync::pageQuery(200, text, text));
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const QUrlQuery query(received);
    for (const char *name : {"cursor", "sync_token"}) {
        if (query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded) != text &&
            !hasNonCharacter(text))
            __builtin_trap();
        if (QString::fromUtf8(formValue(received, name)) != text)
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QList<ListingPart> parts = CollectionSync::partsFromAnswer(body);
    for (const ListingPart &part : parts) {
        if (part.cursor.isEmpty() || part.done)
            __builtin_trap();
        checkRoundTrip(part.cursor);
    }

    SiteResponse response;
    response.status = 400;
    response.body = body;
    response.errorCode();
    response.errorMessage();

    checkRoundTrip(QString::fromUtf8(body));
    return 0;
}
