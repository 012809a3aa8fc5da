#include "mainwindow/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString AppLanguage::choose(const QString &requested)
{
    if (requested == QLatin1String("zh_CN") || requested == QLatin1String("en"))
        return requested;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void AppLanguage::install(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/yutang_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings: qtbase_<lang> from the system Qt (Linux) or the bundle (macOS); windeployqt
    // merges the catalogs into qt_<lang> instead (Windows).
    auto *qt = new QTranslator(&app);
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtTranslations) ||
        qt->load(QStringLiteral("qt_%1").arg(language), qtTranslations))
        QCoreApplication::installTranslator(qt);
}
