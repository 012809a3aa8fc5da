#include "sites/woocommerce/WooWriter.h"

#include "sites/woocommerce/WooClient.h"
#include "sites/woocommerce/WooDate.h"
#include "sites/woocommerce/WooMoney.h"
#include "sites/woocommerce/WooRecordMapper.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("WooWriter", s);
}

constexpr int kNoteAttempts = 3; // note POSTs within one write, each after a check

qint64 modifiedMs(const QJsonObject &wc)
{
    qint64 ms = 0;
    if (!WooDate::parseGmt(wc.value(QLatin1String("date_modified_gmt")).toString(), &ms))
        return 0;
    return ms;
}

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// WooCommerce's name of a field → the contract's (field errors name what the user edited).
QString contractField(const QString &wcParam)
{
    if (wcParam == QLatin1String("regular_price") || wcParam == QLatin1String("price"))
        return QStringLiteral("price");
    if (wcParam == QLatin1String("stock_quantity") || wcParam == QLatin1String("manage_stock"))
        return QStringLiteral("stock");
    if (wcParam == QLatin1String("name"))
        return QStringLiteral("title");
    return wcParam;
}

bool isReadOnlyAnswer(const SiteResponse &r)
{
    // class-wc-rest-authentication.php, check_permissions(): a key without write permission
    // asking for POST/PUT/PATCH/DELETE.
    return r.status == 401 &&
           r.errorCode() == QLatin1String("woocommerce_rest_authentication_error") &&
           r.errorMessage().contains(QLatin1String("write permission"), Qt::CaseInsensitive);
}

// What a failed answer means for the entry.
WriteOutcome outcomeOf(const SiteResponse &r)
{
    using Kind = WriteOutcome::Kind;
    WriteOutcome out;
    out.status = r.status;
    out.message = WooClient::errorText(r);
    const QString code = r.errorCode();
    if (r.outcome == SiteResponse::Outcome::NetworkError || r.status >= 500 || r.status == 429) {
        out.kind = Kind::Unreachable;
        if (out.message.isEmpty())
            out.message = r.errorText;
    } else if (isReadOnlyAnswer(r) || r.status == 403) {
        // 403: the key's user may not edit such records (WordPress capabilities).
        out.kind = Kind::Refused;
        out.readOnly = true;
        out.message = tr("The WooCommerce key is read-only: the shop refuses edits (%1). Your "
                         "edits stay queued; give the key Read/Write permission or use another "
                         "key.")
                          .arg(WooClient::errorText(r));
    } else if (r.status == 401) {
        out.kind = Kind::Refused;
        out.message =
            tr("The shop did not accept the WooCommerce key (%1).").arg(WooClient::errorText(r));
    } else if (r.status == 404 || r.status == 410 || code.endsWith(QLatin1String("_invalid_id"))) {
        out.kind = Kind::Rejected;
        out.message = tr("The record no longer exists on the shop.");
    } else {
        out.kind = Kind::Rejected;
        if (code == QLatin1String("rest_invalid_param")) {
            // WordPress: {"data": {"params": {"regular_price": "…"}}}
            const QJsonObject params = r.errorBody()
                                           .value(QLatin1String("data"))
                                           .toObject()
                                           .value(QLatin1String("params"))
                                           .toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                out.fieldErrors.insert(contractField(it.key()), it.value().toString());
        }
    }
    return out;
}

WriteOutcome rejected(const QString &message, const QJsonObject &fieldErrors = {})
{
    WriteOutcome out;
    out.kind = WriteOutcome::Kind::Rejected;
    out.message = message;
    out.fieldErrors = fieldErrors;
    return out;
}

QString markerOf(const QJsonObject &wcOrder)
{
    for (const QJsonValue &m : wcOrder.value(QLatin1String("meta_data")).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(QLatin1String("key")).toString() == WooWriter::markerKey())
            return o.value(QLatin1String("value")).toString();
    }
    return {};
}

} // namespace

struct WooWriter::Job
{
    OutboxEntry entry;
    Done done;
    QString path;       // products/12, products/12/variations/34, orders/1002
    QJsonObject parent; // a variation's product
    QJsonObject order;  // the order as last read or written
    int noteAttempts = 0;
    bool finished = false;

    void finish(const WriteOutcome &outcome)
    {
        if (finished)
            return;
        finished = true;
        done(outcome);
    }
};

QString WooWriter::markerKey()
{
    return QStringLiteral("_yutang_edit");
}

WooWriter::WooWriter(Database &db, const SiteConnection &connection)
    : m_db(db), m_client(std::make_unique<WooClient>(connection))
{
    SiteConnection once = connection;
    once.retry.maxAttempts = 1;
    m_once = std::make_unique<WooClient>(once);
    m_siteHost = m_client->address().siteUrl().host();
    connect(m_client.get(), &WooClient::retrying, this, &SiteWriter::retrying);
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT currency_decimals FROM shop WHERE kind = 'woocommerce'")) &&
        q.next())
        m_decimals = q.value(0).toInt();
}

WooWriter::~WooWriter() = default;

void WooWriter::abortAll()
{
    m_client->abortAll();
    m_once->abortAll();
}

void WooWriter::write(const OutboxEntry &entry, Done done)
{
    auto job = std::make_shared<Job>();
    job->entry = entry;
    job->done = std::move(done);
    if (!m_client->isValid()) {
        WriteOutcome out;
        out.kind = WriteOutcome::Kind::Refused;
        out.message = m_client->error();
        // Answered from the event loop, as every other outcome.
        QTimer::singleShot(0, this, [job, out] { job->finish(out); });
        return;
    }
    if (entry.kind == Collection::Products)
        withDecimals(job, [this, job] { writeProduct(job); });
    else if (entry.kind == Collection::Orders)
        withDecimals(job, [this, job] { writeOrder(job); });
    else
        QTimer::singleShot(0, this, [job] {
            job->finish(rejected(tr("Only products and orders can be edited.")));
        });
}

void WooWriter::withDecimals(const JobPtr &job, std::function<void()> next)
{
    if (m_decimals >= 0) {
        QTimer::singleShot(0, this, std::move(next));
        return;
    }
    // Not synced yet (no shop row): the shop says how many decimals its currency has.
    m_client->get(QStringLiteral("system_status"), {}, [this, job, next](const SiteResponse &r) {
        if (!r.ok()) {
            job->finish(outcomeOf(r));
            return;
        }
        const QJsonValue decimals = object(r.body)
                                        .value(QLatin1String("settings"))
                                        .toObject()
                                        .value(QLatin1String("number_of_decimals"));
        if (!decimals.isDouble() || decimals.toInt() < 0 ||
            decimals.toInt() > WooMoney::MaxDecimals) {
            job->finish(rejected(tr("The shop does not say how many decimals its currency has.")));
            return;
        }
        m_decimals = decimals.toInt();
        next();
    });
}

// --- products ---------------------------------------------------------------------------------

QJsonObject WooWriter::productBody(const QJsonObject &f) const
{
    QJsonObject body;
    if (f.contains(QLatin1String("price")))
        body.insert(
            QStringLiteral("regular_price"),
            WooMoney::format(qint64(f.value(QLatin1String("price")).toDouble()), m_decimals));
    if (f.contains(QLatin1String("stock"))) {
        body.insert(QStringLiteral("manage_stock"), true);
        body.insert(QStringLiteral("stock_quantity"),
                    qint64(f.value(QLatin1String("stock")).toDouble()));
    }
    if (f.contains(QLatin1String("status")))
        body.insert(QStringLiteral("status"),
                    WooRecordMapper::wcProductStatus(f.value(QLatin1String("status")).toString()));
    if (f.contains(QLatin1String("title")))
        body.insert(QStringLiteral("name"), f.value(QLatin1String("title")).toString());
    return body;
}

bool WooWriter::productHas(const QJsonObject &wc, const QJsonObject &fields) const
{
    const QJsonObject want = productBody(fields);
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QJsonValue have = wc.value(it.key());
        if (it.key() == QLatin1String("regular_price")) {
            qint64 haveMinor = -1, wantMinor = -2;
            WooMoney::fromJson(have, m_decimals, &haveMinor);
            WooMoney::parse(it.value().toString(), m_decimals, &wantMinor);
            if (haveMinor != wantMinor)
                return false;
        } else if (it.key() == QLatin1String("stock_quantity")) {
            if (!have.isDouble() || qint64(have.toDouble()) != qint64(it.value().toDouble()))
                return false;
        } else if (have != it.value()) {
            return false;
        }
    }
    return true;
}

bool WooWriter::mapProduct(const JobPtr &job, const QJsonObject &wc, QJsonObject *out)
{
    QString reason;
    const WooRecordMapper::Context context{m_decimals, m_siteHost};
    if (WooRecordMapper::product(wc, job->parent.isEmpty() ? nullptr : &job->parent, context, out,
                                 &reason))
        return true;
    job->finish(rejected(tr("The shop answered a product Yutang cannot read: %1").arg(reason)));
    return false;
}

void WooWriter::writeProduct(const JobPtr &job)
{
    qint64 productId = 0, variationId = 0;
    if (!WooRecordMapper::splitProductId(job->entry.recordId, &productId, &variationId)) {
        job->finish(rejected(tr("\"%1\" is not a WooCommerce product.").arg(job->entry.recordId)));
        return;
    }
    // What WooCommerce cannot take the way Yutang edits it is refused before anything is sent.
    QJsonObject unsupported;
    if (job->entry.fields.contains(QLatin1String("category")))
        unsupported.insert(QStringLiteral("category"),
                           tr("WooCommerce product categories are changed in WooCommerce."));
    if (variationId && job->entry.fields.contains(QLatin1String("title")))
        unsupported.insert(QStringLiteral("title"),
                           tr("A variation is named after its product and its options."));
    if (!unsupported.isEmpty()) {
        job->finish(rejected(tr("WooCommerce cannot take this edit."), unsupported));
        return;
    }
    job->path = QStringLiteral("products/%1").arg(productId);
    if (!variationId) {
        checkProduct(job);
        return;
    }
    // A variation's record is mapped with its product (title, category).
    m_client->get(job->path, {}, [this, job, productId, variationId](const SiteResponse &r) {
        if (!r.ok()) {
            job->finish(outcomeOf(r));
            return;
        }
        job->parent = object(r.body);
        job->path = QStringLiteral("products/%1/variations/%2").arg(productId).arg(variationId);
        checkProduct(job);
    });
}

void WooWriter::checkProduct(const JobPtr &job)
{
    m_client->get(job->path, {}, [this, job](const SiteResponse &r) {
        if (!r.ok()) {
            job->finish(outcomeOf(r));
            return;
        }
        const QJsonObject current = object(r.body);
        if (current.value(QLatin1String("status")).toString() == QLatin1String("trash")) {
            job->finish(rejected(tr("The product is in the shop's trash.")));
            return;
        }
        const qint64 version = modifiedMs(current);
        if (version != job->entry.baseVersion) {
            QJsonObject mapped;
            if (!mapProduct(job, current, &mapped))
                return;
            WriteOutcome out;
            if (productHas(current, job->entry.fields)) {
                // Already as the edit wants it (our own earlier PUT whose answer was lost, or
                // the same change made on the shop): nothing to write, nothing in conflict.
                out.kind = WriteOutcome::Kind::Applied;
                out.record = mapped;
                out.newVersion = version;
            } else {
                out.kind = WriteOutcome::Kind::Conflict;
                out.status = 412;
                out.theirs = mapped;
                out.message = tr("The product changed in the shop since it was edited here.");
            }
            job->finish(out);
            return;
        }
        // WooCommerce has no If-Match: a change on the shop between this GET's answer and the
        // PUT's arrival (one round trip) would be overwritten. See the class comment.
        const QByteArray body =
            QJsonDocument(productBody(job->entry.fields)).toJson(QJsonDocument::Compact);
        m_client->send("PUT", job->path, body, [this, job](const SiteResponse &put) {
            if (!put.ok()) {
                job->finish(outcomeOf(put));
                return;
            }
            const QJsonObject answer = object(put.body);
            WriteOutcome out;
            if (!mapProduct(job, answer, &out.record))
                return;
            out.kind = WriteOutcome::Kind::Applied;
            out.status = put.status;
            out.newVersion = modifiedMs(answer);
            job->finish(out);
        });
    });
}

// --- orders -----------------------------------------------------------------------------------

bool WooWriter::mapOrder(const JobPtr &job, const QJsonObject &wc, QJsonObject *out)
{
    QString reason;
    QJsonObject session;
    const WooRecordMapper::Context context{m_decimals, m_siteHost};
    if (WooRecordMapper::order(wc, context, out, &session, &reason))
        return true;
    job->finish(rejected(tr("The shop answered an order Yutang cannot read: %1").arg(reason)));
    return false;
}

void WooWriter::writeOrder(const JobPtr &job)
{
    const QString &id = job->entry.recordId;
    bool numeric = false;
    if (id.toLongLong(&numeric) <= 0 || !numeric) {
        job->finish(rejected(tr("\"%1\" is not a WooCommerce order.").arg(id)));
        return;
    }
    job->path = QStringLiteral("orders/") + id;
    const QString target = job->entry.fields.value(QLatin1String("status")).toString();
    const QString wcTarget = WooRecordMapper::wcOrderStatus(target);
    const bool shipment = job->entry.fields.contains(QLatin1String("shipping"));
    m_client->get(job->path, {}, [this, job, wcTarget, shipment](const SiteResponse &r) {
        if (!r.ok()) {
            job->finish(outcomeOf(r));
            return;
        }
        job->order = object(r.body);
        const QString wcStatus = job->order.value(QLatin1String("status")).toString();
        if (wcStatus == QLatin1String("trash")) {
            job->finish(rejected(tr("The order is in the shop's trash.")));
            return;
        }
        const bool ours = !job->entry.idempotencyKey.isEmpty() &&
                          markerOf(job->order) == job->entry.idempotencyKey;
        if (ours) {
            // Our PUT got there before (its answer was lost, or the note was not sent yet).
            if (shipment)
                ensureNote(job);
            else
                finishOrder(job, job->order);
            return;
        }
        if (modifiedMs(job->order) != job->entry.baseVersion) {
            if (wcStatus == wcTarget && !shipment) {
                finishOrder(job, job->order); // already what the edit wants
                return;
            }
            WriteOutcome out;
            if (!mapOrder(job, job->order, &out.theirs))
                return;
            out.kind = WriteOutcome::Kind::Conflict;
            out.status = 412;
            out.message = tr("The order changed in the shop since it was edited here.");
            job->finish(out);
            return;
        }
        // One round trip from the GET's answer to the PUT's arrival is not covered: see the
        // class comment. The marker lets a retry know this write as its own.
        QJsonArray meta{QJsonObject{{QStringLiteral("key"), markerKey()},
                                    {QStringLiteral("value"), job->entry.idempotencyKey}}};
        if (shipment) {
            // Kept on the order too, so that a later read can show them (WooCommerce core has
            // no such fields; the customer reads them in the note).
            const QJsonObject shipping =
                job->entry.fields.value(QLatin1String("shipping")).toObject();
            for (const char *field : {"carrier", "tracking_number"})
                meta.append(QJsonObject{
                    {QStringLiteral("key"), QStringLiteral("_yutang_") + QLatin1String(field)},
                    {QStringLiteral("value"), shipping.value(QLatin1String(field))}});
        }
        const QJsonObject body{{QStringLiteral("status"), wcTarget},
                               {QStringLiteral("meta_data"), meta}};
        m_client->send("PUT", job->path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                       [this, job, shipment](const SiteResponse &put) {
                           if (!put.ok()) {
                               job->finish(outcomeOf(put));
                               return;
                           }
                           job->order = object(put.body);
                           if (shipment)
                               ensureNote(job);
                           else
                               finishOrder(job, job->order);
                       });
    });
}

void WooWriter::ensureNote(const JobPtr &job)
{
    const QString tracking = job->entry.fields.value(QLatin1String("shipping"))
                                 .toObject()
                                 .value(QLatin1String("tracking_number"))
                                 .toString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("customer"));
    m_client->get(job->path + QStringLiteral("/notes"), query,
                  [this, job, tracking](const SiteResponse &r) {
                      if (!r.ok()) {
                          job->finish(outcomeOf(r));
                          return;
                      }
                      for (const QJsonValue &n : QJsonDocument::fromJson(r.body).array()) {
                          const QJsonObject note = n.toObject();
                          if (note.value(QLatin1String("customer_note")).toBool() &&
                              note.value(QLatin1String("note")).toString().contains(tracking)) {
                              finishOrder(job, job->order); // the customer has it already
                              return;
                          }
                      }
                      postNote(job);
                  });
}

void WooWriter::postNote(const JobPtr &job)
{
    const QJsonObject shipping = job->entry.fields.value(QLatin1String("shipping")).toObject();
    const QJsonObject body{
        {QStringLiteral("note"),
         tr("Shipped with %1, tracking number %2")
             .arg(shipping.value(QLatin1String("carrier")).toString(),
                  shipping.value(QLatin1String("tracking_number")).toString())},
        {QStringLiteral("customer_note"), true},
    };
    ++job->noteAttempts;
    // Sent once (m_once does not retry): a POST whose answer was lost may have made the note,
    // so it is only sent again after the notes were read and have none with this number.
    m_once->send("POST", job->path + QStringLiteral("/notes"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                 [this, job](const SiteResponse &r) {
                     if (r.ok()) {
                         finishOrder(job, job->order);
                         return;
                     }
                     WriteOutcome out = outcomeOf(r);
                     // Qt's HTTP layer itself re-sends a request whose connection closed before
                     // any answer, with the same OAuth nonce; WooCommerce then refuses the copy
                     // ("nonce has already been used"), which means the first one got there.
                     const bool maybeSent =
                         out.kind == WriteOutcome::Kind::Unreachable ||
                         (r.status == 401 &&
                          r.errorMessage().contains(QLatin1String("nonce"), Qt::CaseInsensitive));
                     if (maybeSent && job->noteAttempts < kNoteAttempts) {
                         Q_EMIT retrying(job->path + QStringLiteral("/notes"), job->noteAttempts, 0,
                                         out.message);
                         ensureNote(job);
                         return;
                     }
                     if (maybeSent) {
                         out.kind = WriteOutcome::Kind::Unreachable;
                         out.message = tr("The order is completed in the shop but the note with "
                                          "the tracking number was not sent (%1); it is sent "
                                          "on the next push.")
                                           .arg(out.message);
                     }
                     job->finish(out);
                 });
}

void WooWriter::finishOrder(const JobPtr &job, const QJsonObject &wcOrder)
{
    WriteOutcome out;
    if (!mapOrder(job, wcOrder, &out.record))
        return;
    // WooCommerce core keeps no carrier or tracking number (they are in the note): the local
    // copy keeps the ones of the edit.
    if (job->entry.fields.contains(QLatin1String("shipping")))
        out.record.insert(QStringLiteral("shipping"),
                          job->entry.fields.value(QLatin1String("shipping")));
    out.kind = WriteOutcome::Kind::Applied;
    out.status = 200;
    out.newVersion = modifiedMs(wcOrder);
    job->finish(out);
}
