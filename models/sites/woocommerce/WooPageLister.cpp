#include "sites/woocommerce/WooPageLister.h"

#include "sites/woocommerce/WooClient.h"

#include <QJsonDocument>
#include <QJsonParseError>

WooPageLister::WooPageLister(WooClient &client, int maxInFlight, QObject *parent)
    : QObject(parent), m_client(client), m_maxInFlight(std::max(1, maxInFlight))
{}

void WooPageLister::begin(const QString &path, PageHandler onPage, DoneHandler onDone,
                          Preparer prepare)
{
    m_path = path;
    m_onPage = std::move(onPage);
    m_onDone = std::move(onDone);
    m_prepare = std::move(prepare);
    m_firstTotal = -1;
    m_totalsChanged = false;
    m_recordsSeen = 0;
    m_running = true;
    ++m_serial; // answers to an earlier listing are dropped
    m_queue.clear();
    m_inFlight = 0;
}

void WooPageLister::listAll(const QString &path, const QUrlQuery &query, PageHandler onPage,
                            DoneHandler onDone, Preparer prepare)
{
    begin(path, std::move(onPage), std::move(onDone), std::move(prepare));
    m_base = query;
    m_paged = true;
    m_perPage = query.queryItemValue(QStringLiteral("per_page")).toInt();
    m_queue = {{1, query}};
    pump();
}

void WooPageLister::fetchEach(const QString &path, const QList<QUrlQuery> &queries,
                              PageHandler onPage, DoneHandler onDone, Preparer prepare)
{
    begin(path, std::move(onPage), std::move(onDone), std::move(prepare));
    m_paged = false;
    for (qsizetype i = 0; i < queries.size(); ++i)
        m_queue.append({int(i + 1), queries.at(i)});
    if (m_queue.isEmpty()) {
        finish(true, {});
        return;
    }
    pump();
}

void WooPageLister::stop()
{
    m_running = false;
    ++m_serial;
    m_queue.clear();
}

void WooPageLister::pump()
{
    // Page 1 alone first when paged: it says how many pages there are.
    const int limit = m_paged && m_firstTotal < 0 && m_inFlight > 0 ? 0 : m_maxInFlight;
    while (m_running && m_inFlight < limit && !m_queue.isEmpty()) {
        const auto [number, query] = m_queue.takeFirst();
        issue(number, query);
        if (m_paged && m_firstTotal < 0)
            break;
    }
}

void WooPageLister::issue(int number, const QUrlQuery &query)
{
    ++m_inFlight;
    auto records = std::make_shared<QJsonArray>();
    auto prepared = std::make_shared<std::any>();
    // Parsed in the validator so that a body cut short is retried like a dropped connection.
    auto validate = [records, prepared, prepare = m_prepare](const QByteArray &body) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isArray())
            return tr("the shop sent a page that is not a JSON list (%1 at byte %2)")
                .arg(pe.errorString())
                .arg(pe.offset);
        *records = doc.array();
        if (prepare)
            *prepared = prepare(*records);
        return QString();
    };
    const quint64 serial = m_serial;
    m_client.get(
        m_path, query,
        [this, number, query, records, prepared, serial](const SiteResponse &r) {
            if (serial != m_serial || !m_running)
                return;
            --m_inFlight;
            if (!r.ok()) {
                finish(false, WooFailure::from(r, m_client.address().siteUrl().toString(),
                                               m_path.section(QLatin1Char('/'), 0, 0)));
                return;
            }
            Page page;
            page.number = number;
            page.records = *records;
            page.prepared = std::move(*prepared);
            bool ok = false;
            page.total = r.header("X-WP-Total").toLongLong(&ok);
            if (!ok)
                page.total = -1;
            if (page.total >= 0) {
                if (m_firstTotal < 0 && number == 1)
                    m_firstTotal = page.total;
                else if (m_firstTotal >= 0 && page.total != m_firstTotal)
                    m_totalsChanged = true;
            }
            if (m_paged && number == 1) {
                const int pages = r.header("X-WP-TotalPages").toInt(&ok);
                if (ok) {
                    for (int p = 2; p <= pages; ++p) {
                        QUrlQuery next = m_base;
                        next.removeAllQueryItems(QStringLiteral("page"));
                        next.addQueryItem(QStringLiteral("page"), QString::number(p));
                        m_queue.append({p, next});
                    }
                }
                if (m_firstTotal < 0)
                    m_firstTotal = page.total >= 0 ? page.total : 0;
            }
            if (m_paged && r.header("X-WP-TotalPages").isEmpty() && m_perPage > 0 &&
                page.records.size() >= m_perPage) {
                // No paging headers (a proxy dropped them): one page after another until a
                // short one.
                QUrlQuery next = m_base;
                next.removeAllQueryItems(QStringLiteral("page"));
                next.addQueryItem(QStringLiteral("page"), QString::number(number + 1));
                m_queue.append({number + 1, next});
            }
            m_recordsSeen += page.records.size();
            pump(); // the next requests leave before this page is stored
            if (!m_running)
                return;
            if (!m_onPage(page)) {
                stop();
                return;
            }
            if (m_running && m_inFlight == 0 && m_queue.isEmpty())
                finish(true, {});
        },
        validate);
}

void WooPageLister::finish(bool ok, const WooFailure &failure)
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    ++m_serial;
    if (m_onDone)
        m_onDone(ok, failure);
}
