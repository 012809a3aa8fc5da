// The pasted or imported shipping list (Outbox "Ship many…", yutang-cli outbox ship --file):
// text in any shape a spreadsheet or a hand can give.
#include "FuzzInput.h"
#include "outbox/BulkShipList.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const BulkShipList list = BulkShipList::parse(QString::fromUtf8(FuzzInput::bytes(data, size)));
    for (const BulkShipLine &line : list.lines) {
        // Every accepted line has all three fields and a line number inside the text.
        if (line.orderNumber.isEmpty() || line.carrier.isEmpty() || line.trackingNumber.isEmpty() ||
            line.lineNumber < 1)
            __builtin_trap();
    }
    return 0;
}
