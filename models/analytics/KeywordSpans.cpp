#include "analytics/KeywordSpans.h"

#include "analytics/ShopDay.h"

#include <QStringList>

QDate KeywordSpans::partStart(QDate day)
{
    return QDate(day.year(), day.month(), day.day() - (day.day() - 1) % 7);
}

QDate KeywordSpans::partEnd(QDate day)
{
    const QDate start = partStart(day);
    return start.day() >= 29 ? monthEnd(day) : start.addDays(6);
}

QDate KeywordSpans::monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate KeywordSpans::monthEnd(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

QList<KeywordSpans::Run> KeywordSpans::cover(QDate from, QDate to)
{
    QList<Run> runs;
    if (!from.isValid() || !to.isValid())
        return runs;
    for (QDate day = from; day <= to;) {
        Span span = Day;
        QDate last = day;
        if (day == monthStart(day) && monthEnd(day) <= to) {
            span = Month;
            last = monthEnd(day);
        } else if (day == partStart(day) && partEnd(day) <= to) {
            span = Part;
            last = partEnd(day);
        }
        const int key = ShopDay::key(day);
        if (!runs.isEmpty() && runs.constLast().span == span)
            runs.last().last = key;
        else
            runs.append({span, key, key});
        day = last.addDays(1);
    }
    return runs;
}

KeywordSpans::Rows KeywordSpans::rows(QDate from, QDate to, const QString &columns,
                                      const QString &condition, const QVariantList &values)
{
    Rows rows;
    QStringList selects;
    const QList<Run> runs = cover(from, to);
    for (const Run &run : runs) {
        if (run.span == Day) {
            selects << QStringLiteral("SELECT %1 FROM traffic_keywords_daily WHERE day >= ? AND "
                                      "day <= ?%2")
                           .arg(columns, condition);
        } else {
            selects << QStringLiteral("SELECT %1 FROM traffic_keywords_spans WHERE span = ? AND "
                                      "first_day >= ? AND first_day <= ?%2")
                           .arg(columns, condition);
            rows.values << int(run.span);
        }
        rows.values << run.first << run.last;
        rows.values << values;
    }
    if (selects.isEmpty()) { // an empty range: no rows
        selects << QStringLiteral("SELECT %1 FROM traffic_keywords_daily WHERE 1 = 0").arg(columns);
    }
    rows.sql = QLatin1Char('(') + selects.join(QStringLiteral(" UNION ALL ")) +
               QStringLiteral(") AS keyword_rows");
    return rows;
}
