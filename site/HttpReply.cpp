#include "HttpReply.h"

#include "JsonWriter.h"

HttpReply HttpReply::json(QByteArray body, int status)
{
    HttpReply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

HttpReply HttpReply::error(int status, QByteArrayView code, QByteArrayView message,
                           QByteArrayView detailsJson)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("error");
    w.beginObject();
    w.field("code", code);
    w.field("message", message);
    w.key("details");
    w.raw(detailsJson);
    w.endObject();
    w.endObject();
    return json(out, status);
}

HttpReply HttpReply::validation(const std::vector<std::pair<QByteArray, QByteArray>> &fields)
{
    QByteArray details;
    JsonWriter w(details);
    w.beginObject();
    w.key("fields");
    w.beginObject();
    for (const auto &[field, problem] : fields)
        w.field(field, problem);
    w.endObject();
    w.endObject();
    return error(422, "validation_failed", "Some fields are invalid.", details);
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
