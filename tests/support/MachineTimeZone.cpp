#include "MachineTimeZone.h"

#include <time.h>

namespace MachineTimeZone {

bool set(const QByteArray &ianaId)
{
#ifdef Q_OS_WIN
    // POSIX forms for the Microsoft C runtime; add zones as tests need them.
    static const struct
    {
        const char *iana;
        const char *posix;
    } rules[] = {{"America/New_York", "EST5EDT"}};
    QByteArray value;
    for (const auto &rule : rules) {
        if (ianaId == rule.iana)
            value = rule.posix;
    }
    if (value.isEmpty())
        return false;
    qputenv("TZ", value);
    _tzset();
#else
    qputenv("TZ", ianaId);
    tzset();
#endif
    return true;
}

} // namespace MachineTimeZone
