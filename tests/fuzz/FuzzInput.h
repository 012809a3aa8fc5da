// Helpers shared by the libFuzzer harnesses: the Qt application they need, and cutting one fuzz
// input into the several values a harness feeds.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <cstddef>
#include <cstdint>

namespace FuzzInput {

// One QCoreApplication for the process (some Qt classes want one); made in LLVMFuzzerInitialize.
inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at each '\n' into at most `count` parts (the last one keeps any further '\n').
inline QList<QByteArray> fields(const QByteArray &input, int count)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() + 1 < count) {
        const qsizetype nl = input.indexOf('\n', from);
        if (nl < 0)
            break;
        out.append(input.mid(from, nl - from));
        from = nl + 1;
    }
    out.append(input.mid(from));
    while (out.size() < count)
        out.append(QByteArray());
    return out;
}

} // namespace FuzzInput
