// A reply the site is about to send: status, extra headers and a JSON body.
#pragma once

#include <QByteArray>
#include <utility>
#include <vector>

struct HttpReply
{
    int status = 200;
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(QByteArray body, int status = 200);
    /// {"error": {"code", "message", "details"}}; detailsJson must be a JSON object.
    static HttpReply error(int status, QByteArrayView code, QByteArrayView message,
                           QByteArrayView detailsJson = "{}");
    /// A 422 whose details are {"fields": {field: problem, ...}}.
    static HttpReply validation(const std::vector<std::pair<QByteArray, QByteArray>> &fields);

    static QByteArray reasonPhrase(int status);
};
