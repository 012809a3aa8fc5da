#include "widgets/FigureCard.h"

#include "widgets/ColorScheme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

FigureCard::FigureCard(const QString &caption, const QString &objectName, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("—"), this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(caption);
    auto *title = new QLabel(caption, this);
    ColorScheme::setTextTone(title, ColorScheme::TextTone::Secondary);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_value);
    describe();
}

void FigureCard::setValue(const QString &value)
{
    m_value->setText(value);
    describe();
}

QString FigureCard::value() const
{
    return m_value->text();
}

bool FigureCard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTipChange)
        describe();
    return QFrame::event(event);
}

void FigureCard::describe()
{
    // The reason for a dash ("not available for this shop") is in the tooltip.
    setAccessibleDescription(toolTip().isEmpty() ? m_value->text()
                                                 : tr("%1. %2").arg(m_value->text(), toolTip()));
}
