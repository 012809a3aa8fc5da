#pragma once

#include "mainwindow/ShopTarget.h"

#include <QObject>
#include <QString>

#include <memory>

class Database;
class DemoSiteLauncher;
class MainWindow;
struct StoreLocation;

// Decides which shop to open at start (demo, a profile, --db, or the first-run dialog), opens its
// store and main window, and starts the first sync. Owns the window, the store and the demo site,
// in that order of destruction.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        bool connect = false;
        QString profile;
        QString storePath; // --db
    };

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // False when the user backed out of the first-run dialog or nothing could be opened.
    bool start(const Options &options);
    MainWindow *window() const { return m_window.get(); }

private:
    bool chooseShop(QWidget *parent);
    bool openDemo();
    bool openProfile(const QString &name, const QByteArray &knownToken);
    bool openStoreOnly();
    bool openWindow(const StoreLocation &location, const ShopTarget &target);
    void switchShop();
    void closeShop();

    Options m_options;
    std::unique_ptr<DemoSiteLauncher> m_demo;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};
