#include "sites/yutang/YutangWriter.h"

#include "sync/SiteClient.h"

#include <QJsonDocument>
#include <QUrl>

YutangWriter::YutangWriter(const SiteAddress &address, const QByteArray &token,
                           const RetryPolicy &retry)
    : m_client(std::make_unique<SiteClient>(address, token))
{
    m_client->setRetryPolicy(retry);
    connect(m_client.get(), &SiteClient::retrying, this, &SiteWriter::retrying);
}

YutangWriter::~YutangWriter() = default;

void YutangWriter::abortAll()
{
    m_client->abortAll();
}

void YutangWriter::write(const OutboxEntry &entry, Done done)
{
    const QString path = Collections::name(entry.kind) + QLatin1Char('/') +
                         QString::fromLatin1(QUrl::toPercentEncoding(entry.recordId));
    const QList<QPair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(entry.baseVersion) + '"'},
        {QByteArrayLiteral("Idempotency-Key"), entry.idempotencyKey.toLatin1()},
    };
    m_client->send(
        "PATCH", path, QJsonDocument(entry.fields).toJson(QJsonDocument::Compact), headers,
        [done](const SiteResponse &r) {
            WriteOutcome out;
            out.status = r.status;
            out.message = r.errorMessage().isEmpty() ? r.errorText : r.errorMessage();
            using Kind = WriteOutcome::Kind;
            if (r.ok()) {
                out.kind = Kind::Applied;
                out.record = QJsonDocument::fromJson(r.body).object();
                out.newVersion = qint64(out.record.value(QLatin1String("version")).toDouble());
            } else if (r.outcome == SiteResponse::Outcome::NetworkError || r.status >= 500) {
                out.kind = Kind::Unreachable;
                out.message = r.errorText;
            } else if (r.status == 412 || r.status == 409) {
                out.kind = Kind::Conflict;
                out.theirs = QJsonDocument::fromJson(r.body)
                                 .object()
                                 .value(QLatin1String("current"))
                                 .toObject();
            } else if (r.status == 401 || r.status == 403) {
                out.kind = Kind::Refused;
                out.readOnly = r.status == 403;
                out.message.clear(); // the pusher says what a refused token means
            } else {
                // 422 names the fields at fault; 404 means the record is gone.
                out.kind = Kind::Rejected;
                out.fieldErrors = r.errorBody()
                                      .value(QLatin1String("details"))
                                      .toObject()
                                      .value(QLatin1String("fields"))
                                      .toObject();
                if (r.status == 404)
                    out.message = tr("The record no longer exists on the site.");
            }
            done(out);
        });
}
