#pragma once

#include "sites/woocommerce/WooFailure.h"

#include <QJsonArray>
#include <QObject>
#include <QUrlQuery>
#include <any>
#include <functional>

class WooClient;

// Fetches the pages of one WooCommerce listing side by side: page 1 first (its X-WP-TotalPages
// says how many there are), then the rest with at most `maxInFlight` requests in flight; pages
// are numbered, so they need no cursor chain. Or a fixed set of requests (include= batches).
// Each page is handed over as it arrives. Notes the X-WP-Total of every page: a total that
// changes during the listing means records were created or deleted meanwhile and pages shifted.
class WooPageLister : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        int number = 0; // 1-based page, or the index of a fixed request
        QJsonArray records;
        qint64 total = -1; // X-WP-Total, when sent
        std::any prepared; // what the preparer made of the records, if one was set
    };
    // Runs on the thread that parses the page (not the caller's): work on the records that needs
    // nothing but them, done beside the caller's instead of on its thread.
    using Preparer = std::function<std::any(const QJsonArray &records)>;
    // Returns false to stop the listing (the handler has reported why).
    using PageHandler = std::function<bool(const Page &page)>;
    using DoneHandler = std::function<void(bool ok, const WooFailure &failure)>;

    WooPageLister(WooClient &client, int maxInFlight, QObject *parent = nullptr);

    // `prepare`, if given, runs on each page of this listing before `onPage` gets it.
    void listAll(const QString &path, const QUrlQuery &query, PageHandler onPage,
                 DoneHandler onDone, Preparer prepare = {});
    void fetchEach(const QString &path, const QList<QUrlQuery> &queries, PageHandler onPage,
                   DoneHandler onDone, Preparer prepare = {});
    void stop();

    qint64 firstTotal() const { return m_firstTotal; }
    bool totalsChanged() const { return m_totalsChanged; }
    qint64 recordsSeen() const { return m_recordsSeen; }

private:
    void begin(const QString &path, PageHandler onPage, DoneHandler onDone, Preparer prepare);
    void pump();
    void issue(int number, const QUrlQuery &query);
    void finish(bool ok, const WooFailure &failure);

    WooClient &m_client;
    int m_maxInFlight;
    QString m_path;
    QUrlQuery m_base;
    bool m_paged = false;
    int m_perPage = 0;
    QList<QPair<int, QUrlQuery>> m_queue;
    int m_inFlight = 0;
    qint64 m_firstTotal = -1;
    bool m_totalsChanged = false;
    qint64 m_recordsSeen = 0;
    quint64 m_serial = 0; // answers to a stopped listing are dropped
    bool m_running = false;
    PageHandler m_onPage;
    DoneHandler m_onDone;
    Preparer m_prepare;
};
