#include "widgets/NoticeLabel.h"

NoticeLabel::NoticeLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral(
        "background: #eef4fb; color: #1f3a5a; padding: 6px 8px; border: 1px solid #c9dcf0;"));
    hide();
}

void NoticeLabel::setNotice(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}
