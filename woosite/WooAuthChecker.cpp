#include "WooAuthChecker.h"

#include "WooJson.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace {

constexpr qint64 kValidWindow = 15 * 60;

QByteArray authError(const QString &message)
{
    return WooJson::error("woocommerce_rest_authentication_error", message, 401);
}

QByteArray phpDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

/// PHP's empty() on a string: "" and "0" are empty.
bool phpEmpty(const QByteArray &value)
{
    return value.isEmpty() || value == "0";
}

/// hash_equals: a comparison whose time does not depend on where the strings differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray WooAuthChecker::rawUrlEncode(const QByteArray &text)
{
    // toPercentEncoding leaves exactly the RFC 3986 unreserved characters alone by default.
    return text.toPercentEncoding();
}

WooParams WooAuthChecker::parseQuery(const QByteArray &query)
{
    WooParams out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = phpDecode(eq < 0 ? pair : pair.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : phpDecode(pair.mid(eq + 1));
        if (!name.isEmpty())
            out.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return out;
}

QByteArray WooAuthChecker::signatureBaseString(const QByteArray &method, const QByteArray &url,
                                               const QMap<QByteArray, QByteArray> &params)
{
    // QMap orders QByteArray keys bytewise, as uksort($params, 'strcmp') does.
    QByteArrayList pairs;
    for (auto it = params.begin(); it != params.end(); ++it)
        pairs.append(rawUrlEncode(rawUrlEncode(it.key()) + '=' + rawUrlEncode(it.value())));
    return method.toUpper() + '&' + rawUrlEncode(url) + '&' + pairs.join("%26");
}

const WooApiKey *WooAuthChecker::find(const QByteArray &consumerKey) const
{
    // sanitize_text_field() trims the key before it is hashed and looked up.
    const QByteArray k = consumerKey.trimmed();
    for (const WooApiKey &key : m_keys) {
        if (key.consumerKey == k)
            return &key;
    }
    return nullptr;
}

WooAuthResult WooAuthChecker::authenticate(const WooAuthRequest &request)
{
    WooAuthResult result;
    bool ok = false;
    if (request.secure)
        ok = basic(request, result);
    if (!ok)
        ok = oauth(request, result);
    if (!result.errorBody.isEmpty()) {
        // check_authentication_error: a recorded error wins, whatever came after it.
        result.outcome = WooAuthResult::Outcome::Failed;
        result.key = nullptr;
    } else if (ok) {
        result.outcome = WooAuthResult::Outcome::Authenticated;
    }
    return result;
}

bool WooAuthChecker::basic(const WooAuthRequest &request, WooAuthResult &result)
{
    QByteArray key, secret;
    QHash<QString, QString> get;
    for (const auto &[name, value] : request.query)
        get.insert(name, value);
    const QByteArray qKey = get.value(QStringLiteral("consumer_key")).toUtf8();
    const QByteArray qSecret = get.value(QStringLiteral("consumer_secret")).toUtf8();
    if (!phpEmpty(qKey) && !phpEmpty(qSecret)) {
        key = qKey;
        secret = qSecret;
    }
    const QByteArray auth = request.authorization.trimmed();
    if (key.isEmpty() && auth.size() > 6 &&
        auth.first(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            const QByteArray user = decoded.left(colon), password = decoded.mid(colon + 1);
            if (!phpEmpty(user) && !phpEmpty(password)) {
                key = user;
                secret = password;
            }
        }
    }
    if (key.isEmpty() || secret.isEmpty())
        return false;
    const WooApiKey *found = find(key);
    if (!found)
        return false; // no error: OAuth is tried next
    if (!sameBytes(found->consumerSecret, secret)) {
        result.errorBody = authError(QStringLiteral("Consumer secret is invalid."));
        result.key = nullptr;
        return false;
    }
    result.key = found;
    return true;
}

bool WooAuthChecker::oauth(const WooAuthRequest &request, WooAuthResult &result)
{
    // get_oauth_parameters(): $_GET, then $_POST, then the header's oauth_* parameters.
    QMap<QByteArray, QByteArray> params;
    for (const auto &[name, value] : request.query)
        params.insert(name.toUtf8(), value.toUtf8());
    for (const auto &[name, value] : request.form)
        params.insert(name.toUtf8(), value.toUtf8());
    const QByteArray header = request.authorization.trimmed();
    if (header.startsWith("OAuth ")) {
        static const QRegularExpression re(
            QStringLiteral("(oauth_[a-z_-]*)=(:?\"([^\"]*)\"|([^,]*))"));
        auto it = re.globalMatch(QString::fromUtf8(header));
        while (it.hasNext()) {
            const auto m = it.next();
            const QString raw = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
            params.insert(m.captured(1).toUtf8(), phpDecode(raw.toUtf8()));
        }
    }
    static const QByteArrayList required{"oauth_consumer_key", "oauth_timestamp", "oauth_nonce",
                                         "oauth_signature", "oauth_signature_method"};
    QByteArrayList missing;
    for (const QByteArray &name : required) {
        if (phpEmpty(params.value(name)))
            missing.append(name);
    }
    if (missing.size() == required.size())
        return false; // not even trying OAuth
    if (!missing.isEmpty()) {
        const QString list = QString::fromLatin1(missing.join(", "));
        result.errorBody =
            WooJson::error("woocommerce_rest_authentication_missing_parameter",
                           (missing.size() == 1 ? QStringLiteral("Missing OAuth parameter %1")
                                                : QStringLiteral("Missing OAuth parameters %1"))
                               .arg(list),
                           401);
        result.key = nullptr;
        return false;
    }
    const WooApiKey *key = find(params.value("oauth_consumer_key"));
    if (!key) {
        result.errorBody = authError(QStringLiteral("Consumer key is invalid."));
        result.key = nullptr;
        return false;
    }
    QByteArray error = checkSignature(request, *key, params);
    if (error.isEmpty())
        error = checkTimestampAndNonce(*key, params.value("oauth_timestamp"),
                                       params.value("oauth_nonce"), request.now);
    if (!error.isEmpty()) {
        result.errorBody = error;
        result.key = nullptr;
        return false;
    }
    result.key = key;
    return true;
}

QByteArray WooAuthChecker::checkSignature(const WooAuthRequest &request, const WooApiKey &key,
                                          QMap<QByteArray, QByteArray> params) const
{
    QByteArray given = params.take("oauth_signature");
    given.replace(' ', '+');
    given = QByteArray::fromPercentEncoding(given); // rawurldecode
    const QByteArray method = params.value("oauth_signature_method");
    const QByteArray base =
        signatureBaseString(request.method, request.baseUrl + request.rawPath, params);
    if (method != "HMAC-SHA1" && method != "HMAC-SHA256")
        return authError(QStringLiteral("Invalid signature - signature method is invalid."));
    const auto algorithm =
        method == "HMAC-SHA1" ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(base, key.consumerSecret + '&', algorithm).toBase64();
    if (!sameBytes(expected, given))
        return authError(QStringLiteral("Invalid signature - provided signature does not match."));
    return {};
}

QByteArray WooAuthChecker::checkTimestampAndNonce(const WooApiKey &key, const QByteArray &timestamp,
                                                  const QByteArray &nonce, qint64 now)
{
    bool numeric = false;
    const qint64 ts = timestamp.trimmed().toLongLong(&numeric);
    if (!numeric || ts < now - kValidWindow || ts > now + kValidWindow)
        return authError(QStringLiteral("Invalid timestamp."));
    QMap<qint64, QByteArray> &used = m_usedNonces[key.consumerKey];
    for (const QByteArray &n : std::as_const(used)) {
        if (n == nonce)
            return authError(QStringLiteral("Invalid nonce - nonce has already been used."));
    }
    used.insert(ts, nonce); // one nonce per timestamp, as the PHP keeps them
    for (auto it = used.begin(); it != used.end();) {
        if (it.key() < now - kValidWindow)
            it = used.erase(it);
        else
            ++it;
    }
    return {};
}

QByteArray WooAuthChecker::checkPermissions(const WooApiKey &key, const QByteArray &method)
{
    const QByteArray &p = key.permissions;
    if (method == "HEAD" || method == "GET") {
        if (p != "read" && p != "read_write")
            return authError(
                QStringLiteral("The API key provided does not have read permissions."));
        return {};
    }
    if (method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE") {
        if (p != "write" && p != "read_write")
            return authError(
                QStringLiteral("The API key provided does not have write permissions."));
        return {};
    }
    if (method == "OPTIONS")
        return {};
    return authError(QStringLiteral("Unknown request method."));
}
