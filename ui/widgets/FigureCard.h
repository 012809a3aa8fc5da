#pragma once

#include <QFrame>

class QLabel;

// One headline figure of the overview: a caption and a large value.
class FigureCard : public QFrame
{
    Q_OBJECT
public:
    FigureCard(const QString &caption, const QString &objectName, QWidget *parent = nullptr);
    void setValue(const QString &value);
    QString value() const;

private:
    QLabel *m_value;
};
