#pragma once

#include <QColor>
#include <QObject>

class QPalette;
class QWidget;

// Whether the application is drawn dark or light, and the few colours of our own that must follow
// it. The application palette decides: it is what the widgets are painted with. On Qt 6.5+ the
// platform's colour scheme reaches the palette, but a style may keep a light palette under a
// dark scheme, and a high-contrast palette may come with no scheme at all. Our colours are
// derived from the palette's own text and window colours, so they keep the contrast it has.
class ColorScheme : public QObject
{
    Q_OBJECT
public:
    // The application's one instance (made on first use, owned by the application).
    static ColorScheme *instance();

    static bool isDark(const QPalette &palette);
    bool isDark() const;

    // Text that says more than its words: errors are also bold (colour is not the only sign).
    enum class TextTone { Normal, Secondary, Error, Success };
    static QColor textColor(TextTone tone, const QPalette &palette);
    // Colours `widget`'s text (through its style sheet) now and after every change of scheme.
    static void setTextTone(QWidget *widget, TextTone tone);

    enum class BandTone { Notice, Error };
    // A band of text that stands out from the window: a tinted background, the palette's text.
    static QString bandStyleSheet(BandTone tone, const QPalette &palette);

Q_SIGNALS:
    // The application palette or the platform's colour scheme changed: re-derive colours.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColorScheme(QObject *parent);
    static void applyTextTone(QWidget *widget);
};
