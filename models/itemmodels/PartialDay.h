#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVariant>

// The shop's current day is not over: the models flag its row (ItemRoles::PartialRole) and the
// views say "today so far", never showing it as a whole day that fell short. `until` is the shop
// time the figures run to (ShopCalendar::now() when the model loaded).
class PartialDay
{
    Q_DECLARE_TR_FUNCTIONS(PartialDay)
public:
    // "Today so far (until 14:05)": a legend entry, a row header.
    static QString soFar(const QDateTime &until);
    // The tooltip: what the figures cover and why they are smaller than a whole day's.
    static QString explanation(const QDateTime &until);
    // A day column's cell: the ISO date ("2026-12-06 (until 14:05)" on a partial day; exports
    // get the date alone), its tooltip and italics when partial; `until` invalid: a whole day.
    static QVariant dayCell(QDate day, const QDateTime &until, int role);
};
