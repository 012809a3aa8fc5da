#pragma once

#include "widgets/ColorScheme.h"

#include <QLabel>

// A plain sentence on a tinted band above a pane's content: what the shop's kind of site cannot
// supply, what part of its figures has no known source, or (Error) what went wrong. Hidden while
// it has no text. Its colours follow the colour scheme.
class NoticeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeLabel(const QString &objectName, QWidget *parent = nullptr,
                         ColorScheme::BandTone tone = ColorScheme::BandTone::Notice);

    // Shows the text, or hides the label when it is empty.
    void setNotice(const QString &text);

private:
    void applyColors();

    ColorScheme::BandTone m_tone;
};
