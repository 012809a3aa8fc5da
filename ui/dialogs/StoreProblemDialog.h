#pragma once

#include <QDialog>

class QPushButton;

// Shown when the store could not be opened at start (damaged, from a newer Yutang, unwritable
// and in need of an upgrade, unreachable): the store's own message, and what can be done now:
// open another store, re-sync into a fresh store (the file set aside, the shop synced again from
// its site), or quit. Opening another store asks for the file here.
class StoreProblemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Quit, OpenAnother, ResyncFresh };

    // `canResync`: the file can be set aside and the shop's site is known.
    StoreProblemDialog(const QString &message, bool canResync, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The store file chosen with "Open another store…".
    QString otherStore() const { return m_otherStore; }

private:
    void chooseOtherStore();

    Choice m_choice = Choice::Quit;
    QString m_otherStore;
};
