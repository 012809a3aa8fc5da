#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>

// What a connection test found, for the user to read before saving a profile.
struct SiteProbeResult
{
    bool ok = false;
    QString error; // why not, when !ok
    SyncResult::Failure failure = SyncResult::Failure::None; // what kind of why (exit codes)
    QString shopName;
    QString currency;
    QString timeZone;
    QString platformVersion; // the platform's own version (WooCommerce 9.4.2), if it says
    bool canWrite = false;   // the secret may change records (a read-only key cannot)
    bool writeKnown = true;  // false: the site cannot tell without a write (canWrite unknown)
    QString notes;           // anything else worth saying (a fallback that was needed)
};

// Tests an address and secret of one kind of site: reads the shop's description and checks
// what the secret may do, without changing anything on the site.
class SiteProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(const SiteProbeResult &result);
};
