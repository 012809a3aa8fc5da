#include "outbox/BulkShipList.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field =
            field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field.trimmed();
}

bool isHeader(const QStringList &fields)
{
    const QString first = fields.value(0).toLower();
    return first.contains(QLatin1String("number")) || first.contains(QLatin1String("order")) ||
           first.contains(QStringLiteral("订单"));
}
} // namespace

BulkShipList BulkShipList::parse(const QString &text)
{
    BulkShipList list;
    static const QRegularExpression separator(QStringLiteral("[,\\t;，]"));
    const QStringList rows = text.split(QRegularExpression(QStringLiteral("\\r?\\n")));
    for (int i = 0; i < rows.size(); ++i) {
        const QString row = rows.at(i).trimmed();
        if (row.isEmpty())
            continue;
        QStringList fields = row.split(separator);
        for (QString &f : fields)
            f = unquote(f);
        if (list.lines.isEmpty() && list.problems.isEmpty() && isHeader(fields))
            continue;
        if (fields.size() < 3 || fields.at(0).isEmpty() || fields.at(1).isEmpty() ||
            fields.at(2).isEmpty()) {
            list.problems << QCoreApplication::translate(
                                 "BulkShipList",
                                 "line %1: needs order number, carrier and tracking number")
                                 .arg(i + 1);
            continue;
        }
        list.lines.append({i + 1, fields.at(0), fields.at(1), fields.at(2)});
    }
    return list;
}
