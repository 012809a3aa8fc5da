#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <charconv>

// Rows written value by value, in column order, into a text sent to the store in one piece: a
// JSON text bound to one placeholder (JsonRows) or the data of a PostgreSQL COPY (CopyRows). A
// first sync writes millions of values, so none goes through a QVariant.
class RowWriter
{
public:
    virtual ~RowWriter() = default;

    virtual void beginRow() = 0;
    virtual void add(const QString &text) = 0;
    void addNullable(const QString &text) // empty text as null
    {
        text.isEmpty() ? addNull() : add(text);
    }
    virtual void add(qint64 number) = 0;
    virtual void addNull() = 0;
    void endRow()
    {
        if (m_rows++ == 0)
            m_width = m_rowValues;
        else if (m_width != m_rowValues)
            m_width = -1;
        finishRow();
    }

    qsizetype size() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    // Values in every row, or -1 when rows differ in length.
    qsizetype width() const { return m_width; }

protected:
    // Counts a value of the row being written; true for its first.
    bool startValue() { return m_rowValues++ == 0; }
    void startRow() { m_rowValues = 0; }
    virtual void finishRow() = 0;
    // The decimal digits of `n`, without an allocation (both texts write numbers so).
    static void appendInteger(QByteArray &out, qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        out.append(digits, end - digits);
    }

private:
    qsizetype m_rows = 0;
    qsizetype m_rowValues = 0; // in the row being written
    qsizetype m_width = 0;
};
