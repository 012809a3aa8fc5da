// A session's landing URL, referrer and user agent as a site reports them, classified into a
// traffic source (TrafficClassifier over ReferrerDatabase, UrlView and KeywordDecoder), with the
// merchant's custom rules read from JSON (ClassifierRule, as the store and the CLI keep them).
// Input: landing URL, referrer, user agent and the rules' JSON array, one per line.
#include "FuzzInput.h"
#include "analytics/ClassifierRule.h"
#include "analytics/TrafficClassifier.h"
#include "analytics/UrlView.h"

#include <QJsonDocument>

namespace {
const TrafficClassifier *plain = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::initApplication(argc, argv);
    plain = new TrafficClassifier({QStringLiteral("shop.example.cn")});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> f = FuzzInput::fields(FuzzInput::bytes(data, size), 4);
    const QString landing = QString::fromUtf8(f[0]);
    const QString referrer = QString::fromUtf8(f[1]);
    const QString userAgent = QString::fromUtf8(f[2]);

    const TrafficSource source = plain->classify(landing, referrer, userAgent);
    if (source.channel.isEmpty())
        __builtin_trap(); // every session gets a channel, "direct" at least

    const QList<ClassifierRule> rules =
        ClassifierRule::listFromJson(QJsonDocument::fromJson(f[3]).array());
    if (!rules.isEmpty()) {
        const TrafficClassifier custom({QStringLiteral("shop.example.cn")}, rules);
        custom.classify(landing, referrer, userAgent);
    }

    const UrlView url(referrer);
    url.landingValue(u"utm_source");
    QString storage;
    UrlView::lowerHost(url.host(), storage);
    return 0;
}
