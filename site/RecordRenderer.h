// Renders records to JSON exactly as the site API specifies them (and, for planted malformed
// records, deliberately not).
#pragma once

#include "ShopRecords.h"

class JsonWriter;
class ShopData;

class RecordRenderer
{
public:
    explicit RecordRenderer(const ShopData &data) : m_data(data) {}

    /// A listing entry: the record, or {"id","deleted":true,"updated_at"} if it was deleted.
    void listingEntry(Collection c, int index, JsonWriter &w) const;
    /// The record itself, even if deleted.
    void record(Collection c, int index, JsonWriter &w) const;

    void product(const Product &p, quint32 n, JsonWriter &w) const;
    void customer(const Customer &c, quint32 n, JsonWriter &w) const;
    void order(const Order &o, quint32 n, JsonWriter &w) const;
    void session(const Session &s, quint32 n, JsonWriter &w) const;
    void event(const Event &e, quint32 n, JsonWriter &w) const;
    void commission(const Commission &c, quint32 n, JsonWriter &w) const;

private:
    const ShopData &m_data;
};
