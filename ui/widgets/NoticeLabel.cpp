#include "widgets/NoticeLabel.h"

#include <QApplication>

NoticeLabel::NoticeLabel(const QString &objectName, QWidget *parent, ColorScheme::BandTone tone)
    : QLabel(parent), m_tone(tone)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColors();
    connect(ColorScheme::instance(), &ColorScheme::changed, this, &NoticeLabel::applyColors);
    hide();
}

void NoticeLabel::setNotice(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void NoticeLabel::applyColors()
{
    setStyleSheet(ColorScheme::bandStyleSheet(m_tone, QApplication::palette()));
}
