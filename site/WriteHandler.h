// PATCH /products/{id} and PATCH /orders/{id}: If-Match version check, validation,
// Idempotency-Key replay (a retried key returns the stored first answer and never applies twice).
#pragma once

#include "HttpReply.h"
#include "ShopRecords.h"

#include <QHash>

class JsonWriter;
class RecordRenderer;
class ShopData;

class WriteHandler
{
public:
    WriteHandler(ShopData &data, const RecordRenderer &renderer)
        : m_data(data), m_renderer(renderer)
    {}

    HttpReply patch(Collection c, QByteArrayView id, const QByteArray &ifMatch,
                    const QByteArray &idempotencyKey, const QByteArray &body, qint64 now);

    /// {"writes_applied": n, "idempotency_keys": {key: {"applied", "replays", "status"}}}
    void writeStats(JsonWriter &w) const;
    quint64 writesApplied() const { return m_applied; }

private:
    struct KeyRecord
    {
        HttpReply reply;
        int applied = 0;
        int replays = 0;
    };
    HttpReply apply(Collection c, quint32 number, const QByteArray &ifMatch, const QByteArray &body,
                    qint64 now);
    QByteArray renderRecord(Collection c, quint32 number) const;

    ShopData &m_data;
    const RecordRenderer &m_renderer;
    QHash<QByteArray, KeyRecord> m_keys;
    quint64 m_applied = 0;
};
