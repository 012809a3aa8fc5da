#include "WriteHandler.h"

#include "JsonWriter.h"
#include "RecordEditor.h"
#include "RecordNames.h"
#include "RecordRenderer.h"
#include "ShopData.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// Accepts "7", W/"7" and 7.
std::optional<quint32> parseIfMatch(QByteArray v)
{
    v = v.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const quint32 n = v.toUInt(&ok);
    return ok ? std::optional<quint32>(n) : std::nullopt;
}

} // namespace

QByteArray WriteHandler::renderRecord(Collection c, quint32 number) const
{
    QByteArray out;
    JsonWriter w(out);
    m_renderer.record(c, int(number) - 1, w);
    return out;
}

HttpReply WriteHandler::patch(Collection c, QByteArrayView id, const QByteArray &ifMatch,
                              const QByteArray &key, const QByteArray &body, qint64 now)
{
    if (!key.isEmpty()) {
        const auto it = m_keys.find(key);
        if (it != m_keys.end()) {
            ++it->replays;
            HttpReply replay = it->reply;
            replay.headers.emplace_back("Idempotent-Replayed", "true");
            return replay;
        }
    }
    const quint32 number = RecordNames::parseId(c, id);
    if (!number || !m_data.exists(c, number))
        return HttpReply::error(404, "not_found", "No such record.");
    HttpReply reply = apply(c, number, ifMatch, body, now);
    if (reply.status == 200) {
        ++m_applied;
        if (!key.isEmpty()) {
            KeyRecord &rec = m_keys[key];
            rec.reply = reply;
            rec.applied = 1;
        }
    }
    return reply;
}

HttpReply WriteHandler::apply(Collection c, quint32 number, const QByteArray &ifMatch,
                              const QByteArray &body, qint64 now)
{
    if (ifMatch.isEmpty())
        return HttpReply::error(
            428, "precondition_required",
            "Send If-Match: \"<version>\" with the version the edit is based on.");
    const auto expected = parseIfMatch(ifMatch);
    if (!expected)
        return HttpReply::error(400, "invalid_if_match",
                                "If-Match must be a quoted version number.");
    const RecordMeta *meta = m_data.meta(c, number);
    if (*expected != meta->version) {
        QByteArray details = "{\"current_version\":" + QByteArray::number(meta->version) + '}';
        HttpReply r = HttpReply::error(412, "version_conflict",
                                       "The record has changed since that version.", details);
        // Splice "current" into the error object: {"error":{...},"current":{...}}
        r.body.chop(1);
        r.body.append(",\"current\":").append(renderRecord(c, number)).append('}');
        return r;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return HttpReply::error(400, "invalid_body", "The body must be a JSON object.");

    RecordEditor editor(m_data, RecordEditor::Mode::Patch);
    const auto errors = c == Collection::Products ? editor.editProduct(number, doc.object())
                                                  : editor.editOrder(number, doc.object(), now);
    if (!errors.empty())
        return HttpReply::validation(errors);
    m_data.touch(c, number, now);
    return HttpReply::json(renderRecord(c, number));
}

void WriteHandler::writeStats(JsonWriter &w) const
{
    w.fieldInt("writes_applied", qint64(m_applied));
    w.key("idempotency_keys");
    w.beginObject();
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        w.key(it.key());
        w.beginObject();
        w.fieldInt("applied", it->applied);
        w.fieldInt("replays", it->replays);
        w.fieldInt("status", it->reply.status);
        w.endObject();
    }
    w.endObject();
}
