// A fast append-only JSON writer that renders straight into a QByteArray.
// QJsonDocument would build a tree first; listings render hundreds of megabytes, so the site
// writes JSON by hand. Commas are placed automatically.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView name);

    void string(QByteArrayView utf8);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    /// Appends already-valid JSON as one value.
    void raw(QByteArrayView json);
    /// Appends the opening quote; the caller then appends escaped-safe text and calls endString().
    QByteArray &beginString();
    void endString() { m_out.append('"'); }

    void field(QByteArrayView name, QByteArrayView utf8) { key(name), string(utf8); }
    void fieldInt(QByteArrayView name, qint64 value) { key(name), integer(value); }
    void fieldBool(QByteArrayView name, bool value) { key(name), boolean(value); }
    void fieldNull(QByteArrayView name) { key(name), null(); }

    static void appendEscaped(QByteArray &out, QByteArrayView utf8);
    static void appendInt(QByteArray &out, qint64 value);

private:
    void separate();

    QByteArray &m_out;
    quint64 m_first = 0; // bit per nesting level: no element written yet
    int m_depth = 0;
    bool m_afterKey = false;
};
