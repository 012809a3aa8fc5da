#include "sites/woocommerce/WooRequestAuth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <algorithm>
#include <vector>

// References below are to plugins/woocommerce/includes/class-wc-rest-authentication.php and
// wc-rest-functions.php in woocommerce/woocommerce, the code every shop runs.

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WooRequestAuth", text);
}

// PHP's rawurlencode(): every byte but A-Z a-z 0-9 - . _ ~ as %XX with upper-case hex, which is
// what QByteArray::toPercentEncoding() does with no extra characters. WooCommerce's
// wc_rest_urlencode_rfc3986() is rawurlencode() followed by str_replace('+' -> ' ',
// '%7E' -> '~'), and rawurlencode never produces either, so it is the same function.
QByteArray rawUrlEncode(const QByteArray &bytes)
{
    return bytes.toPercentEncoding();
}

// The variable name PHP files a query item under, and its bracketed indexes: "include[]" is
// "include" + {""}, "filter[meta][key]" is "filter" + {"meta", "key"}. Like PHP's
// php_register_variable_ex, leading spaces are skipped and ' ' and '.' in the name become '_'
// ("a.b" arrives as $_GET['a_b'], and that is the name the shop signs). The forms PHP handles
// in version-dependent ways (an unmatched '[', text after a ']') are refused instead of guessed.
struct PhpName
{
    QByteArray name;
    QList<QByteArray> indexes;
};

bool parsePhpName(const QString &key, PhpName *out, QString *error)
{
    QByteArray bytes = key.toUtf8();
    qsizetype start = 0;
    while (start < bytes.size() && bytes.at(start) == ' ')
        ++start;
    bytes = bytes.mid(start);
    const qsizetype bracket = bytes.indexOf('[');
    out->name = bracket < 0 ? bytes : bytes.left(bracket);
    out->name.replace(' ', '_').replace('.', '_');
    out->indexes.clear();
    if (bracket < 0)
        return true;
    qsizetype i = bracket;
    while (i < bytes.size()) {
        const qsizetype close = bytes.indexOf(']', i + 1);
        if (bytes.at(i) != '[' || close < 0) {
            *error = tr("query parameter name \"%1\" has brackets PHP reads ambiguously")
                         .arg(key.left(60));
            return false;
        }
        out->indexes.append(bytes.mid(i + 1, close - i - 1));
        i = close + 1;
    }
    return true;
}

// A canonical non-negative decimal integer, which PHP stores as an integer array key.
bool isIntegerKey(const QByteArray &key, qint64 *value)
{
    if (key.isEmpty() || key.size() > 18 || (key.size() > 1 && key.at(0) == '0'))
        return false;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = key.toLongLong();
    return true;
}

// $_GET as PHP builds it from the query: nested ordered arrays. A later plain "a=" overwrites
// an earlier one in place ("last wins"); "a[]" appends with the next integer index; an array
// keeps the insertion order of its keys. Nodes live in one vector and refer to each other by
// index, which keeps the recursive structure a plain value.
class PhpQuery
{
public:
    struct Node
    {
        bool isArray = false;
        QByteArray scalar;
        QList<QPair<QByteArray, int>> children;
        qint64 nextIndex = 0;
    };

    PhpQuery() { m_nodes.push_back(Node{true, {}, {}, 0}); }

    const Node &node(int i) const { return m_nodes[size_t(i)]; }
    const Node &root() const { return m_nodes.front(); }

    void add(const PhpName &name, const QByteArray &value)
    {
        if (name.name.isEmpty())
            return; // PHP drops a variable without a name (var_len == 0)
        // Walk down name[index]...: every level but the last is an array; "[]" takes the
        // array's next integer index. The leaf is (over)written with the value, as in PHP.
        int at = childOf(0, name.name, !name.indexes.isEmpty());
        for (qsizetype level = 0; level < name.indexes.size(); ++level) {
            QByteArray key = name.indexes.at(level);
            if (key.isEmpty())
                key = QByteArray::number(node(at).nextIndex);
            at = childOf(at, key, level + 1 < name.indexes.size());
        }
        m_nodes[size_t(at)] = Node{};
        m_nodes[size_t(at)].scalar = value;
    }

    void remove(const QByteArray &name)
    {
        QList<QPair<QByteArray, int>> &children = m_nodes.front().children;
        children.erase(std::remove_if(children.begin(), children.end(),
                                      [&](const auto &c) { return c.first == name; }),
                       children.end());
    }

    bool has(const QByteArray &name) const
    {
        return std::any_of(root().children.begin(), root().children.end(),
                           [&](const auto &c) { return c.first == name; });
    }

private:
    // The child `key` of array node `parent`, created at the end if missing. With asArray, a
    // scalar found there becomes an empty array in the same place, as PHP does for "a=1&a[]=2".
    int childOf(int parent, const QByteArray &key, bool asArray)
    {
        for (const auto &c : std::as_const(m_nodes[size_t(parent)].children)) {
            if (c.first == key) {
                if (asArray && !m_nodes[size_t(c.second)].isArray)
                    m_nodes[size_t(c.second)] = Node{true, {}, {}, 0};
                return c.second;
            }
        }
        const int index = int(m_nodes.size());
        m_nodes.push_back(Node{asArray, {}, {}, 0});
        Node &p = m_nodes[size_t(parent)];
        p.children.append({key, index});
        qint64 n = 0;
        if (isIntegerKey(key, &n))
            p.nextIndex = std::max(p.nextIndex, n + 1);
        return index;
    }

    std::vector<Node> m_nodes;
};

bool buildPhpQuery(const QUrl &url, PhpQuery *query, QString *error)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        PhpName name;
        if (!parsePhpName(item.first, &name, error))
            return false;
        query->add(name, item.second.toUtf8());
    }
    return true;
}

// join_with_equals_sign() after normalize_parameters() (class-wc-rest-authentication.php
// L614-628, L650-655): the top-level name and every scalar value are encoded once by
// normalize_parameters; array keys are not (array_map keeps keys), and are wrapped in a literal
// "%5B"/"%5D"; then the whole "name=value" is encoded again. So a plain item is encoded twice
// on both sides ("a b"="c" -> a%2520b%3Dc) but an array key only once
// ("filter[a b]"="x" -> filter%255Ba%2520b%255D%3Dx). Array items keep their order: only the
// top level is sorted. `if ( $key )` is PHP truthiness, so a prefix "0" counts as none.
void joinWithEqualsSign(const PhpQuery &query, int nodeIndex, const QByteArray &prefix,
                        QList<QByteArray> *out)
{
    for (const auto &child : query.node(nodeIndex).children) {
        QByteArray key = child.first;
        if (!prefix.isEmpty() && prefix != "0")
            key = prefix + "%5B" + key + "%5D";
        const PhpQuery::Node &value = query.node(child.second);
        if (value.isArray)
            joinWithEqualsSign(query, child.second, key, out);
        else
            out->append(rawUrlEncode(key + '=' + rawUrlEncode(value.scalar)));
    }
}

// get_home_url( null, $request_path, scheme ) as check_oauth_signature() computes it
// (L569-575): the home URL, then '/' and the request path with the home path cut off and
// leading slashes trimmed, or nothing at all when that rest is "" or "0" (PHP-falsy). Assumes
// the home URL is scheme://host[:port] of the request, i.e. WordPress at the site root; a
// subfolder install signs the same except for the folder's own root URL ("/shop/").
QByteArray baseRequestUrl(const QUrl &url)
{
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::RemoveUserInfo);
    // A home URL does not spell out the scheme's default port.
    if ((origin.scheme() == QLatin1String("http") && origin.port() == 80) ||
        (origin.scheme() == QLatin1String("https") && origin.port() == 443))
        origin.setPort(-1);
    QByteArray base = origin.toEncoded();
    // The path bytes exactly as sent on the request line (REQUEST_URI is not decoded).
    QByteArray rest = url.path(QUrl::FullyEncoded).toUtf8();
    if (rest.startsWith('/'))
        rest.remove(0, 1);
    if (!rest.isEmpty() && rest != "0") {
        qsizetype slashes = 0;
        while (slashes < rest.size() && rest.at(slashes) == '/')
            ++slashes;
        base += '/' + rest.mid(slashes);
    }
    return base;
}

QString checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("not an absolute URL");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("URL scheme must be http or https");
    if (!url.userInfo().isEmpty())
        return tr("URL must not carry user info; the consumer key and secret authenticate");
    return {};
}

QByteArray normalizedMethod(const QByteArray &method, QString *error)
{
    const QByteArray upper = method.toUpper();
    if (upper.isEmpty() ||
        !std::all_of(upper.begin(), upper.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        *error = tr("invalid HTTP method");
        return {};
    }
    return upper;
}

QByteArray encodedPair(const QByteArray &key, const QByteArray &value)
{
    return rawUrlEncode(key) + '=' + rawUrlEncode(value);
}

} // namespace

WooRequestAuth::WooRequestAuth(const QString &consumerKey, const QString &consumerSecret)
    : m_key(consumerKey), m_secret(consumerSecret)
{}

QByteArray WooRequestAuth::signatureBaseString(const QByteArray &method, const QUrl &url,
                                               QString *error)
{
    QString problem = checkUrl(url);
    const QByteArray httpMethod = problem.isEmpty() ? normalizedMethod(method, &problem) : "";
    PhpQuery params;
    if (problem.isEmpty())
        buildPhpQuery(url, &params, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }

    // L578-579: the signature itself is not signed.
    params.remove("oauth_signature");

    // L582 uksort( $params, 'strcmp' ): by the raw (decoded) names, byte by byte, *before*
    // encoding. RFC 5849 sorts encoded names (and then values); the two differ for non-ASCII
    // names ("z" < "中" here, "%E4%B8%AD" < "z" there), and the shop uses this one.
    QList<QPair<QByteArray, int>> top = params.root().children;
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.first < b.first; // QByteArray compares as unsigned bytes, like strcmp
    });

    // L587-588: normalize_parameters encodes the top-level names (keys), then
    // join_with_equals_sign; pieces joined with an encoded '&'.
    QList<QByteArray> pieces;
    for (const auto &entry : std::as_const(top)) {
        const QByteArray name = rawUrlEncode(entry.first);
        const PhpQuery::Node &value = params.node(entry.second);
        if (value.isArray)
            joinWithEqualsSign(params, entry.second, name, &pieces);
        else
            pieces.append(rawUrlEncode(name + '=' + rawUrlEncode(value.scalar)));
    }

    // L589: METHOD & rawurlencode(base URL) & the joined parameters (L575 encodes the URL).
    return httpMethod + '&' + rawUrlEncode(baseRequestUrl(url)) + '&' + pieces.join("%26");
}

WooRequestAuth::Signed WooRequestAuth::sign(Mode mode, const QByteArray &method,
                                            const QUrl &url) const
{
    Signed result;
    result.error = checkUrl(url);
    if (!result.error.isEmpty())
        return result;
    if (normalizedMethod(method, &result.error).isEmpty())
        return result;
    if (m_key.isEmpty() || m_secret.isEmpty()) {
        result.error = tr("the consumer key or secret is empty");
        return result;
    }
    // WC_REST_Authentication::authenticate() tries Basic (header or query keys) only when
    // is_ssl(); over plain HTTP it goes straight to OAuth, so these would only leak the secret.
    if (mode != Mode::OAuth1 && url.scheme() != QLatin1String("https")) {
        result.error = tr("the consumer secret may be sent as is only over https; use OAuth 1.0a "
                          "over http");
        return result;
    }

    PhpQuery caller;
    if (!buildPhpQuery(url, &caller, &result.error))
        return result;
    for (const auto &entry : caller.root().children) {
        if (entry.first == "consumer_key" || entry.first == "consumer_secret" ||
            entry.first.startsWith("oauth_")) {
            result.error = tr("the URL already carries the authentication parameter \"%1\"")
                               .arg(QString::fromUtf8(entry.first));
            return result;
        }
    }

    // Re-encode every item so that PHP's $_GET holds exactly what QUrlQuery shows (see header).
    QList<QByteArray> query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.append(encodedPair(item.first.toUtf8(), item.second.toUtf8()));

    QUrl out = url.adjusted(QUrl::RemoveFragment);
    const auto withQuery = [&out](const QList<QByteArray> &parts) {
        if (parts.isEmpty())
            out.setQuery(QString());
        else
            out.setQuery(QString::fromLatin1(parts.join('&')), QUrl::StrictMode);
    };

    switch (mode) {
    case Mode::Basic:
        // PHP splits PHP_AUTH_USER from PHP_AUTH_PW at the first ':'.
        if (m_key.contains(u':')) {
            result.error = tr("a consumer key with ':' cannot be sent with Basic authentication");
            return result;
        }
        withQuery(query);
        result.headers.append({QByteArrayLiteral("Authorization"),
                               "Basic " + (m_key + u':' + m_secret).toUtf8().toBase64()});
        break;
    case Mode::QueryKeys:
        query.append(encodedPair("consumer_key", m_key.toUtf8()));
        query.append(encodedPair("consumer_secret", m_secret.toUtf8()));
        withQuery(query);
        break;
    case Mode::OAuth1: {
        const qint64 timestamp = m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
        const QString nonce = m_nonce ? m_nonce() : randomNonce();
        // get_oauth_parameters() rejects an empty() value, and PHP's empty("0") is true.
        if (timestamp <= 0 || nonce.isEmpty() || nonce == QLatin1String("0")) {
            result.error = tr("invalid OAuth timestamp or nonce");
            return result;
        }
        const bool sha1 = m_signatureMethod == SignatureMethod::HmacSha1;
        query.append(encodedPair("oauth_consumer_key", m_key.toUtf8()));
        query.append(encodedPair("oauth_nonce", nonce.toUtf8()));
        query.append(encodedPair("oauth_signature_method", sha1 ? "HMAC-SHA1" : "HMAC-SHA256"));
        query.append(encodedPair("oauth_timestamp", QByteArray::number(timestamp)));
        withQuery(query);
        // Signed from the URL as it will be sent, so the signature covers exactly what the shop
        // decodes.
        const QByteArray base = signatureBaseString(method, out, &result.error);
        if (base.isEmpty())
            return result;
        // L596: the key is the consumer secret followed by '&' (the empty token secret of
        // RFC 5849), and L597 base64-encodes the raw HMAC.
        const QByteArray signature =
            QMessageAuthenticationCode::hash(base, m_secret.toUtf8() + '&',
                                             sha1 ? QCryptographicHash::Sha1
                                                  : QCryptographicHash::Sha256)
                .toBase64();
        query.append(encodedPair("oauth_signature", signature));
        withQuery(query);
        break;
    }
    }
    result.url = out;
    return result;
}

QString WooRequestAuth::redactedUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (!shown.hasQuery())
        return shown.toString();
    QStringList parts;
    const auto items = QUrlQuery(shown).queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        // Judged by the name PHP will file it under, so "consumer.key" is masked too.
        PhpName name;
        QString ignored;
        const QString decodedKey = QUrl::fromPercentEncoding(item.first.toUtf8());
        const bool parsed = parsePhpName(decodedKey, &name, &ignored);
        const bool secret = !parsed || name.name == "consumer_key" ||
                            name.name == "consumer_secret" || name.name == "oauth_consumer_key" ||
                            name.name == "oauth_signature";
        parts.append(item.first + u'=' + (secret ? QStringLiteral("REDACTED") : item.second));
    }
    shown.setQuery(parts.join(u'&'));
    return shown.toString();
}

QString WooRequestAuth::randomNonce()
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 AlphabetSize = sizeof(Alphabet) - 1;
    QRandomGenerator *random = QRandomGenerator::system();
    QString nonce;
    nonce.reserve(32);
    for (int i = 0; i < 32; ++i)
        nonce.append(QLatin1Char(Alphabet[random->bounded(AlphabetSize)]));
    return nonce;
}
