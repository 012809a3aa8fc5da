#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>

// Reads a listing page whose records are flat JSON objects (every value a string, number, true,
// false or null) straight from its UTF-8 text. QJsonDocument builds a tree of every value and
// sorts each object's keys before one can be read; sessions and events, nearly all of a first
// sync's records, need none of that. The scanner is exact or it declines: at anything it does not
// read exactly as QJsonDocument does (a nested value in a record, a key written with escapes, a
// field given twice, a surrogate or noncharacter, malformed JSON) scan() returns false and the
// caller parses the page the general way, which also words any error.
class FlatPageScanner
{
public:
    struct Value
    {
        enum Kind : quint8 { Absent, Null, String, True, False, Number };
        Kind kind = Absent;
        QString text; // String: the decoded text
    };

    // The envelope's values the sync reads; `data` says whether the page had its records array.
    struct Envelope
    {
        bool data = false;
        Value nextCursor, syncToken;
    };

    // Called once per record with one Value per name in `fields` (in that order; the callee may
    // move the texts out). Returning false declines the page.
    using RecordFunction = std::function<bool(Value *values)>;

    static bool scan(QByteArrayView page, const QList<QByteArrayView> &fields, Envelope *envelope,
                     const RecordFunction &record);
};
