#include "itemmodels/DateRange.h"

#include "core/ShopCalendar.h"

namespace {
struct PresetKey
{
    DateRange::Preset preset;
    const char *key;
};
constexpr PresetKey kPresetKeys[] = {
    {DateRange::Preset::Today, "today"},         {DateRange::Preset::Yesterday, "yesterday"},
    {DateRange::Preset::Last7Days, "last7"},     {DateRange::Preset::Last30Days, "last30"},
    {DateRange::Preset::Last90Days, "last90"},   {DateRange::Preset::ThisMonth, "thismonth"},
    {DateRange::Preset::Custom, "custom"},
};
} // namespace

DateRange::DateRange(QDate from, QDate to, Preset preset) : m_from(from), m_to(to), m_preset(preset)
{
}

DateRange DateRange::fromPreset(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::Today:
        return DateRange(today, today, preset);
    case Preset::Yesterday:
        return DateRange(today.addDays(-1), today.addDays(-1), preset);
    case Preset::Last7Days:
        return DateRange(today.addDays(-6), today, preset);
    case Preset::Last30Days:
        return DateRange(today.addDays(-29), today, preset);
    case Preset::Last90Days:
        return DateRange(today.addDays(-89), today, preset);
    case Preset::ThisMonth:
        return DateRange(QDate(today.year(), today.month(), 1), today, preset);
    case Preset::Custom:
        break;
    }
    return DateRange(today.addDays(-29), today, Preset::Custom);
}

QList<DateRange::Preset> DateRange::presets()
{
    return {Preset::Today,      Preset::Yesterday, Preset::Last7Days, Preset::Last30Days,
            Preset::Last90Days, Preset::ThisMonth, Preset::Custom};
}

QString DateRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::Custom:
        break;
    }
    return tr("Custom range");
}

QList<QDate> DateRange::days() const
{
    QList<QDate> out;
    for (QDate d = m_from; isValid() && d <= m_to; d = d.addDays(1))
        out.append(d);
    return out;
}

qint64 DateRange::startMs(const ShopCalendar &calendar) const
{
    return calendar.startOfDay(m_from);
}

qint64 DateRange::endMs(const ShopCalendar &calendar) const
{
    return calendar.endOfDay(m_to);
}

QString DateRange::toSettingsValue() const
{
    if (m_preset != Preset::Custom) {
        for (const PresetKey &k : kPresetKeys) {
            if (k.preset == m_preset)
                return QString::fromLatin1(k.key);
        }
    }
    return QStringLiteral("custom:%1..%2")
        .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

DateRange DateRange::fromSettingsValue(const QString &value, QDate today)
{
    if (value.startsWith(QLatin1String("custom:"))) {
        const QStringList parts = value.mid(7).split(QStringLiteral(".."));
        if (parts.size() == 2) {
            const DateRange r(QDate::fromString(parts[0], Qt::ISODate),
                              QDate::fromString(parts[1], Qt::ISODate));
            if (r.isValid())
                return r;
        }
    }
    for (const PresetKey &k : kPresetKeys) {
        if (k.preset != Preset::Custom && value == QLatin1String(k.key))
            return fromPreset(k.preset, today);
    }
    return fromPreset(Preset::Last30Days, today);
}
