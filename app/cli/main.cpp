// yutang-cli: the console companion. Wires the command registry to the process's streams.
#include "commands/CommandRegistry.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Yutang"));
    QCoreApplication::setApplicationName(QStringLiteral("yutang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YUTANG_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("yutang"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CliIo io{out, err, QProcessEnvironment::systemEnvironment()};
    CommandRegistry registry(&in);
    const int code = registry.run(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
