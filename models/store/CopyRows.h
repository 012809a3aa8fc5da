#pragma once

#include "store/RowWriter.h"

#include <QByteArray>

// Rows in the text format of PostgreSQL's COPY … FROM STDIN (tab between values, a line per row,
// \N for null, backslash escapes), for PostgresCopy: a bulk load without a JSON text to parse.
class CopyRows final : public RowWriter
{
public:
    void beginRow() override { startRow(); }
    using RowWriter::add;
    void add(const QString &text) override;
    void add(qint64 number) override;
    void addNull() override;

    // UTF-8, the client encoding QPSQL sets.
    const QByteArray &data() const { return m_data; }

private:
    void finishRow() override { m_data += '\n'; }
    void separate()
    {
        if (!startValue())
            m_data += '\t';
    }

    QByteArray m_data;
};
