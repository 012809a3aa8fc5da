#include "widgets/ColorScheme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QStyleHints>
#include <QWidget>

namespace {

constexpr char kToneProperty[] = "yutangTextTone";

// `amount` of `over` laid on `base` (0: base, 1: over).
QColor mix(const QColor &base, const QColor &over, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

} // namespace

ColorScheme::ColorScheme(QObject *parent) : QObject(parent)
{
    // QGuiApplication::paletteChanged is deprecated; the application object gets this event.
    QCoreApplication::instance()->installEventFilter(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &ColorScheme::changed);
#endif
}

ColorScheme *ColorScheme::instance()
{
    // Forgets the instance with its application (a test may make several in turn).
    static QPointer<ColorScheme> scheme;
    if (!scheme)
        scheme = new ColorScheme(QCoreApplication::instance());
    return scheme;
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool ColorScheme::isDark() const
{
    return isDark(QGuiApplication::palette());
}

QColor ColorScheme::textColor(TextTone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case TextTone::Normal:
        break;
    case TextTone::Secondary: // QPalette::Dark and Mid vanish on a dark window
        return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3);
    case TextTone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case TextTone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    }
    return palette.color(QPalette::WindowText);
}

void ColorScheme::setTextTone(QWidget *widget, TextTone tone)
{
    const bool following = widget->property(kToneProperty).isValid();
    widget->setProperty(kToneProperty, int(tone));
    applyTextTone(widget);
    if (!following)
        connect(instance(), &ColorScheme::changed, widget, [widget] { applyTextTone(widget); });
}

void ColorScheme::applyTextTone(QWidget *widget)
{
    const auto tone = TextTone(widget->property(kToneProperty).toInt());
    if (tone == TextTone::Normal) {
        widget->setStyleSheet(QString());
        return;
    }
    widget->setStyleSheet(
        QStringLiteral("color: %1;%2")
            .arg(textColor(tone, QApplication::palette()).name(),
                 tone == TextTone::Error ? QStringLiteral(" font-weight: bold;") : QString()));
}

QString ColorScheme::bandStyleSheet(BandTone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = tone == BandTone::Error ? textColor(TextTone::Error, palette)
                                                  : palette.color(QPalette::Highlight);
    return QStringLiteral("background: %1; color: %2; padding: 6px 8px; border: 1px solid %3;")
        .arg(mix(window, accent, 0.14).name(), palette.color(QPalette::WindowText).name(),
             mix(window, accent, 0.45).name());
}

bool ColorScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}
