// The parsing half of bench_sync.sh's floor (issue 13, item 6): reads every page file given
// (or found under the folders given) and parses it with QJsonDocument, touching each record's
// fields once, as any client must. Prints the process's CPU seconds for the parsing alone.
// With --yutang first, the pages are parsed as the sync parses them instead (RecordParser, the
// collection taken from each page's folder name), for comparison.
#include "sync/RecordParser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <ctime>

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool yutang = !args.isEmpty() && args.first() == QLatin1String("--yutang");
    if (yutang)
        args.removeFirst();
    QStringList files;
    for (const QString &arg : std::as_const(args)) {
        QDirIterator it(arg, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    // Read first, so that only the parsing is timed.
    QList<QByteArray> pages;
    QList<Collection> collections;
    for (const QString &path : std::as_const(files)) {
        Collection c = Collection::Products;
        if (yutang && !Collections::fromName(QFileInfo(path).dir().dirName(), &c)) {
            QTextStream(stderr) << "no collection folder: " << path << '\n';
            return 1;
        }
        collections << c;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "cannot read " << path << '\n';
            return 1;
        }
        pages << f.readAll();
    }
    qint64 records = 0, fields = 0;
    const double start = cpuSeconds();
    if (yutang) {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            ParsedPage page;
            QString error;
            if (!RecordParser::parsePage(collections.at(i), pages.at(i), &page, &error)) {
                QTextStream(stderr) << error << '\n';
                return 1;
            }
            records += page.recordCount();
        }
        QTextStream(stdout) << QString::number(cpuSeconds() - start, 'f', 2) << ' ' << records
                            << '\n';
        return 0;
    }
    for (const QByteArray &page : std::as_const(pages)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(page, &error);
        if (error.error != QJsonParseError::NoError) {
            QTextStream(stderr) << "not JSON: " << error.errorString() << '\n';
            return 1;
        }
        const QJsonArray data = doc.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            const QJsonObject record = v.toObject();
            for (auto it = record.begin(); it != record.end(); ++it)
                fields += it.value().isNull() ? 0 : 1;
            ++records;
        }
    }
    const double cpu = cpuSeconds() - start;
    QTextStream(stdout) << QString::number(cpu, 'f', 2) << ' ' << records << ' ' << fields << '\n';
    return 0;
}
