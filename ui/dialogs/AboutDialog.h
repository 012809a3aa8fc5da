#pragma once

#include <QDialog>

// Help → About Yutang: icon, name, version, the Qt it runs on and was built with, the licence
// (GPL-3.0-or-later) and the third-party notices, both read from the Qt resources (:/legal/).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    QWidget *createAboutTab();
};
