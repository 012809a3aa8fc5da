#include "mainwindow/AppIcon.h"

#include <QDir>

QIcon appIcon()
{
    // PNGs rather than the SVG: no dependency on Qt's SVG image plugin. Every size that
    // ui/CMakeLists.txt compiles in (YUTANG_ICON_SIZES), each file's size read from the file.
    const QDir icons(QStringLiteral(":/icons"));
    QIcon icon;
    for (const QString &name : icons.entryList({QStringLiteral("yutang-*.png")}, QDir::Files))
        icon.addFile(icons.filePath(name));
    return icon;
}
