#include "dialogs/StoreProblemDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

StoreProblemDialog::StoreProblemDialog(const QString &message, bool canResync, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The store could not be opened"));
    setObjectName(QStringLiteral("storeProblemDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("storeProblemMessage"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setMinimumWidth(420);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto *help = new QLabel(
        canResync ? tr("Re-syncing into a fresh store keeps this file, renamed next to it, and "
                       "fills a new store from the shop's site.")
                  : tr("Open another store file, or quit and try again later."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *another =
        buttons->addButton(tr("Open another store…"), QDialogButtonBox::ActionRole);
    another->setObjectName(QStringLiteral("openAnotherStore"));
    QPushButton *resync =
        buttons->addButton(tr("Re-sync into a fresh store"), QDialogButtonBox::AcceptRole);
    resync->setObjectName(QStringLiteral("resyncFreshStore"));
    resync->setEnabled(canResync);
    if (!canResync)
        resync->setToolTip(tr("Only a store file of a shop with a known site can be set aside and "
                              "synced again."));
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitYutang"));
    (canResync ? resync : another)->setDefault(true);
    layout->addWidget(buttons);

    connect(another, &QPushButton::clicked, this, &StoreProblemDialog::chooseOtherStore);
    connect(resync, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ResyncFresh;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Quit;
        reject();
    });
}

void StoreProblemDialog::chooseOtherStore()
{
    QFileDialog files(this, tr("Open another store"),
                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                      tr("Yutang stores (*.sqlite *.db);;All files (*)"));
    files.setObjectName(QStringLiteral("otherStoreFile"));
    files.setFileMode(QFileDialog::ExistingFile);
    files.setAcceptMode(QFileDialog::AcceptOpen);
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    m_otherStore = files.selectedFiles().constFirst();
    m_choice = Choice::OpenAnother;
    accept();
}
