#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class ShopCalendar;

// An inclusive range of shop days [from, to], shared by every pane. Days are in the shop's time
// zone; startMs()/endMs() turn them into the half-open epoch-ms interval the store is queried with.
class DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)
public:
    enum class Preset { Today, Yesterday, Last7Days, Last30Days, Last90Days, ThisMonth, Custom };

    DateRange() = default;
    DateRange(QDate from, QDate to, Preset preset = Preset::Custom);
    static DateRange fromPreset(Preset preset, QDate today);
    static QList<Preset> presets();
    static QString presetName(Preset preset);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    Preset preset() const { return m_preset; }
    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    qint64 dayCount() const { return isValid() ? m_from.daysTo(m_to) + 1 : 0; }
    QList<QDate> days() const;
    bool contains(QDate day) const { return isValid() && day >= m_from && day <= m_to; }

    qint64 startMs(const ShopCalendar &calendar) const;
    qint64 endMs(const ShopCalendar &calendar) const; // exclusive: start of the day after `to`

    // Presets re-evaluate against today when restored; custom ranges keep their dates.
    QString toSettingsValue() const;
    static DateRange fromSettingsValue(const QString &value, QDate today);

    bool operator==(const DateRange &other) const
    {
        return m_from == other.m_from && m_to == other.m_to && m_preset == other.m_preset;
    }

private:
    QDate m_from;
    QDate m_to;
    Preset m_preset = Preset::Custom;
};
