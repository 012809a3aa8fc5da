// The reference site's reading of the cursors and sync tokens a client sends back
// (site/CursorCodec): any text must be refused or give a cursor that encodes back to itself.
#include "CursorCodec.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = FuzzInput::bytes(data, size);
    const CursorCodec codec(0x5eed);

    ListingCursor cursor;
    if (codec.decodeCursor(text, cursor) == CursorCodec::Check::Ok) {
        ListingCursor again;
        if (codec.decodeCursor(codec.encodeCursor(cursor), again) != CursorCodec::Check::Ok ||
            again.kind != cursor.kind || again.collection != cursor.collection ||
            again.epoch != cursor.epoch || again.base != cursor.base ||
            again.count != cursor.count || again.pos != cursor.pos)
            __builtin_trap();
    }
    quint32 seq = 0;
    if (codec.decodeToken(text, seq) == CursorCodec::Check::Ok) {
        quint32 again = 0;
        if (codec.decodeToken(codec.encodeToken(seq), again) != CursorCodec::Check::Ok ||
            again != seq)
            __builtin_trap();
    }
    return 0;
}
