#pragma once

#include <QLabel>

// A plain sentence on a pale band above a pane's content: what the shop's kind of site cannot
// supply, or what part of its figures has no known source. Hidden while it has no text.
class NoticeLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoticeLabel(const QString &objectName, QWidget *parent = nullptr);

    // Shows the text, or hides the label when it is empty.
    void setNotice(const QString &text);
};
