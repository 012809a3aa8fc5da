#include "dialogs/AboutDialog.h"

#include "mainwindow/AppIcon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QLabel *wrappedLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Yutang"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(createAboutTab(), tr("About"));

    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(QStringLiteral("licenceView"));
    licence->setReadOnly(true);
    licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    licence->setPlainText(resourceText(QStringLiteral(":/legal/LICENSE")));
    tabs->addTab(licence, tr("Licence"));

    auto *notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("noticesView"));
    notices->setOpenExternalLinks(true);
    notices->setMarkdown(resourceText(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.md")));
    tabs->addTab(notices, tr("Third-party notices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget *AboutDialog::createAboutTab()
{
    auto *page = new QWidget(this);

    auto *icon = new QLabel(page);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(appIcon().pixmap(QSize(128, 128)));
    icon->setAlignment(Qt::AlignCenter);

    auto *name = new QLabel(tr("Yutang 鱼塘"), page);
    name->setObjectName(QStringLiteral("aboutName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    name->setAlignment(Qt::AlignCenter);

    auto *version = wrappedLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()),
                                 QStringLiteral("aboutVersion"), page);
    version->setAlignment(Qt::AlignCenter);
    auto *qt =
        wrappedLabel(tr("Runs on Qt %1 (built with Qt %2)")
                         .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                     QStringLiteral("aboutQtVersion"), page);
    qt->setAlignment(Qt::AlignCenter);

    auto *summary = wrappedLabel(tr("A dashboard for merchants who run their own web shop: where "
                                    "visitors come from, the funnel, products, orders and "
                                    "referral commissions."),
                                 QStringLiteral("aboutSummary"), page);
    auto *licence = wrappedLabel(
        tr("Yutang is free software: you can redistribute it and/or modify it under the terms of "
           "the GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty. The full licence and the licences of "
           "the components it uses are in the other tabs."),
        QStringLiteral("aboutLicence"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addWidget(qt);
    layout->addSpacing(12);
    layout->addWidget(summary);
    layout->addWidget(licence);
    layout->addStretch();
    return page;
}
