#include "sync/OutboxBadge.h"

#include "outbox/Outbox.h"
#include "widgets/ColorScheme.h"

#include <QTimer>

OutboxBadge::OutboxBadge(Database &db, QWidget *parent) : QToolButton(parent), m_db(db)
{
    setObjectName(QStringLiteral("outboxBadge"));
    setAutoRaise(true);
    // Edits are queued from several panes and dialogs: a light poll of a tiny table keeps the
    // badge right without wiring every one of them.
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &OutboxBadge::refresh);
    timer->start();
    refresh();
}

void OutboxBadge::refresh()
{
    QString error;
    const QMap<OutboxEntry::State, int> counts = Outbox(m_db).counts(&error);
    if (!error.isEmpty()) {
        setVisible(true);
        setText(tr("Outbox unreadable"));
        setToolTip(tr("The edits waiting to be sent could not be read: %1").arg(error));
        ColorScheme::setTextTone(this, ColorScheme::TextTone::Error);
        return;
    }
    setToolTip(QString());
    int total = 0;
    for (int c : counts)
        total += c;
    const int decisions =
        counts.value(OutboxEntry::State::Conflict) + counts.value(OutboxEntry::State::Rejected);
    setVisible(total > 0);
    if (decisions > 0)
        setText(tr("%n edit(s) need a decision", nullptr, decisions));
    else
        setText(tr("%n edit(s) waiting to be sent", nullptr, total));
    ColorScheme::setTextTone(this, decisions > 0 ? ColorScheme::TextTone::Error
                                                 : ColorScheme::TextTone::Normal);
}
