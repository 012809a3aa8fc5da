#include "itemmodels/PartialDay.h"

#include "itemmodels/ItemRoles.h"

#include <QFont>

namespace {

QString timeText(const QDateTime &until)
{
    return until.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

QString PartialDay::soFar(const QDateTime &until)
{
    return tr("Today so far (until %1)").arg(timeText(until));
}

QString PartialDay::explanation(const QDateTime &until)
{
    return tr("Today so far: the day is not over yet (it is %1, shop time). A comparison takes "
              "the other day until the same time.")
        .arg(timeText(until));
}

QVariant PartialDay::dayCell(QDate day, const QDateTime &until, int role)
{
    const bool partial = until.isValid() && until.date() == day;
    switch (role) {
    case Qt::DisplayRole:
        return partial ? tr("%1 (until %2)").arg(day.toString(Qt::ISODate), timeText(until))
                       : day.toString(Qt::ISODate);
    case ItemRoles::ExportRole: // files get the date alone
        return day.toString(Qt::ISODate);
    case Qt::ToolTipRole:
        return partial ? explanation(until) : QVariant();
    case Qt::FontRole:
        if (partial) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ItemRoles::PartialRole:
        return partial;
    }
    return {};
}
