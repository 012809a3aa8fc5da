// The parsing half of bench_sync.sh's floor (issue 13, item 6): reads every page file given
// (or found under the folders given) and parses it with QJsonDocument, touching each record's
// fields once, as any client must. Prints the process's CPU seconds for the parsing alone.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
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
    QStringList files;
    for (const QString &arg : app.arguments().mid(1)) {
        QDirIterator it(arg, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    // Read first, so that only the parsing is timed.
    QList<QByteArray> pages;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "cannot read " << path << '\n';
            return 1;
        }
        pages << f.readAll();
    }
    qint64 records = 0, fields = 0;
    const double start = cpuSeconds();
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
