#include "mainwindow/AppIcon.h"

QIcon appIcon()
{
    // PNGs rather than the SVG: no dependency on Qt's SVG image plugin.
    static const int sizes[] = {16, 24, 32, 48, 64, 128, 256, 512};
    QIcon icon;
    for (int size : sizes)
        icon.addFile(QStringLiteral(":/icons/yutang-%1.png").arg(size), QSize(size, size));
    return icon;
}
