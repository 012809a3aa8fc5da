#pragma once

#include <QFrame>

class QLabel;

// One headline figure of the overview: a caption and a large value. Assistive technology reads
// the caption as its name and the value (with the tooltip's reason, when there is one) as its
// description.
class FigureCard : public QFrame
{
    Q_OBJECT
public:
    FigureCard(const QString &caption, const QString &objectName, QWidget *parent = nullptr);
    void setValue(const QString &value);
    QString value() const;

protected:
    bool event(QEvent *event) override;

private:
    void describe();

    QLabel *m_value;
};
