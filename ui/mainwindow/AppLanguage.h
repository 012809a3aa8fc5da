#pragma once

#include <QString>

class QCoreApplication;

// The UI language: zh_CN or en, compiled into the ui library (:/i18n/yutang_<lang>.qm) so that
// every executable showing the window (the app, the screenshot tool) gets both.
class AppLanguage
{
public:
    // zh_CN or en; anything else: the system language (Chinese for zh*, else English).
    static QString choose(const QString &requested);
    // Sets the default locale (number and date formats) and installs Yutang's and Qt's catalogs.
    static void install(QCoreApplication &app, const QString &language);
};
