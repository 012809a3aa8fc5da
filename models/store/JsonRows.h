#pragma once

#include "store/RowWriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

class SqlDialect;

// Rows of values sent to the store as one JSON text bound to one placeholder, and read back as a
// table by SqlDialect::jsonRows() (or, for a list of keys, SqlDialect::jsonKeys()). Qt 6.4 spends
// about 2,000 instructions on each bound value (QSqlResult formats a placeholder name per call),
// and a multi-row statement must be prepared anew for every row count; one text per page and one
// statement per purpose cost neither, and on PostgreSQL they are one round trip.
class JsonRows final : public RowWriter
{
public:
    // Values: null (any type), text, integers, booleans (as 0/1), doubles.
    void append(const QVariantList &row);
    // Or value by value (RowWriter): beginRow(), the values in column order, endRow().
    void beginRow() override;
    using RowWriter::add;
    void add(const QString &text) override;
    void add(qint64 number) override;
    void addNull() override;
    // The JSON array of the rows' arrays, for the one placeholder.
    QString text() const;
    // The same as the value to bind: for SQLite the UTF-8 bytes, which its statements read as
    // text without the conversion from UTF-16 a QString costs (2 % of a first sync).
    QVariant parameter(const SqlDialect &dialect) const;

    // A JSON array of text keys, for SqlDialect::jsonKeys().
    template <typename Keys> static QString keys(const Keys &keys)
    {
        QString out = QStringLiteral("[");
        bool first = true;
        for (const QString &k : keys) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            appendString(out, k);
        }
        return out + QLatin1Char(']');
    }

private:
    static void appendString(QString &out, const QString &s);
    static void appendUtf8(QByteArray &out, const QString &s);
    static void appendValue(QByteArray &out, const QVariant &v);

    void finishRow() override { m_text += ']'; }
    void separate()
    {
        if (!startValue())
            m_text += ',';
    }

    QByteArray m_text; // UTF-8, without the closing bracket
};
