#pragma once

#include <QIcon>

// Yutang's icon (the koi over a pond, resources/icons/) in every size compiled into the ui library
// as :/icons/yutang-<size>.png. main() sets it as the window icon; the About dialog shows it.
QIcon appIcon();
