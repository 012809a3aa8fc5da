// A search keyword as it stands in a referrer's query (Baidu wd=, Sogou query=, 360 q=...):
// percent-encoded UTF-8, GBK or another charset, sometimes encoded twice, with a charset hint
// from the URL (ie=, charset=) or the engine's list. KeywordDecoder turns it into text.
// Input: the raw value, the hint, and the engine's charsets (comma-separated), one per line.
#include "FuzzInput.h"
#include "analytics/KeywordDecoder.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> f = FuzzInput::fields(FuzzInput::bytes(data, size), 3);
    const QString raw = QString::fromUtf8(f[0]);
    const QString hint = QString::fromUtf8(f[1]);
    const QStringList charsets = QString::fromUtf8(f[2]).split(QLatin1Char(','));

    const QString keyword = KeywordDecoder::decode(raw, hint, charsets);
    if (keyword != keyword.trimmed())
        __builtin_trap(); // keywords are stored trimmed, so that counts group together
    const QByteArray bytes = KeywordDecoder::percentDecode(raw);
    if (bytes.size() > raw.size() * 3)
        __builtin_trap();
    KeywordDecoder::decodeBytes(bytes, hint);
    for (const QString &charset : charsets)
        KeywordDecoder::decodeBytes(bytes, charset);
    return 0;
}
