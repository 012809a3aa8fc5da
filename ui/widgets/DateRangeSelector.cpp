#include "widgets/DateRangeSelector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

DateRangeSelector::DateRangeSelector(QWidget *parent)
    : QWidget(parent), m_presets(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("dateRangeSelector"));
    m_presets->setObjectName(QStringLiteral("dateRangePresets"));
    m_from->setObjectName(QStringLiteral("dateRangeFrom"));
    m_to->setObjectName(QStringLiteral("dateRangeTo"));
    for (DateRange::Preset preset : DateRange::presets())
        m_presets->addItem(DateRange::presetName(preset), int(preset));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_presets->setAccessibleName(tr("Date range"));
    m_presets->setAccessibleDescription(
        tr("The days every pane shows, counted in the shop's time zone"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setAccessibleDescription(tr("Choose Custom in the date range to edit"));
    auto *caption = new QLabel(tr("&Date range:"), this);
    caption->setBuddy(m_presets);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_presets);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    m_range = DateRange::fromPreset(DateRange::Preset::Last30Days, m_today);
    showRange();
    connect(m_presets, &QComboBox::activated, this, &DateRangeSelector::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeSelector::customDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeSelector::customDatesEdited);
}

void DateRangeSelector::setRange(const DateRange &range)
{
    if (!range.isValid() || range == m_range)
        return;
    m_range = range;
    showRange();
    Q_EMIT rangeChanged(m_range);
}

void DateRangeSelector::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    if (m_range.preset() != DateRange::Preset::Custom)
        setRange(DateRange::fromPreset(m_range.preset(), m_today));
}

void DateRangeSelector::presetChosen(int comboIndex)
{
    const auto preset = DateRange::Preset(m_presets->itemData(comboIndex).toInt());
    if (preset == DateRange::Preset::Custom) {
        setRange(DateRange(m_range.from(), m_range.to(), DateRange::Preset::Custom));
        showRange();
        return;
    }
    setRange(DateRange::fromPreset(preset, m_today));
}

void DateRangeSelector::customDatesEdited()
{
    if (m_updating)
        return;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    setRange(DateRange(from, to, DateRange::Preset::Custom));
}

void DateRangeSelector::showRange()
{
    m_updating = true;
    m_presets->setCurrentIndex(m_presets->findData(int(m_range.preset())));
    m_from->setDate(m_range.from());
    m_to->setDate(m_range.to());
    const bool custom = m_range.preset() == DateRange::Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_updating = false;
}
