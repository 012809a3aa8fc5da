// siteprocess_parent SITE-BINARY: starts yutang-site the way the app's demo mode does
// (DemoSiteLauncher), prints the site's process id on a line of its own and runs until it is
// killed. tst_siteprocess kills it and checks that the site does not outlive it.
#include "demo/DemoSiteLauncher.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: siteprocess_parent SITE-BINARY\n");
        return 2;
    }
    DemoSiteLauncher launcher;
    launcher.setProgram(arguments.at(1));
    QString error;
    if (!launcher.startAndWait(60000, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%lld\n", static_cast<long long>(launcher.processId()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
