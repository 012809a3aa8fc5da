#include "widgets/FigureCard.h"

#include <QLabel>
#include <QVBoxLayout>

FigureCard::FigureCard(const QString &caption, const QString &objectName, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("—"), this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(caption, this);
    title->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_value);
}

void FigureCard::setValue(const QString &value)
{
    m_value->setText(value);
}

QString FigureCard::value() const
{
    return m_value->text();
}
