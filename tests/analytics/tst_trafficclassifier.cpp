#include "analytics/ClassifierRule.h"
#include "analytics/KeywordDecoder.h"
#include "analytics/ReferrerDatabase.h"
#include "analytics/TrafficClassifier.h"
#include "analytics/UrlView.h"
#include "trafficcases.h"

#include <QJsonDocument>
#include <QTest>
#include <thread>

using namespace Qt::StringLiterals;

class TestTrafficClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDataLoads();
    void classify_data();
    void classify();
    void ruleExplainsItself();
    void customRules_data();
    void customRules();
    void customRulesInOrder();
    void invalidCustomRulesIgnored();
    void ruleJsonRoundTrip();
    void ruleJsonErrors();
    void garbageDoesNotCrash_data();
    void garbageDoesNotCrash();
    void lossyHost_data();
    void lossyHost();
    void decodeKeyword_data();
    void decodeKeyword();
    void displayNames();
    void concurrentClassify();

private:
    const QStringList ownHosts{u"shop.example.cn"_s};
};

void TestTrafficClassifier::builtInDataLoads()
{
    // Matomo lists about 300 engines with several configurations each; ours come on top.
    QVERIFY(ReferrerDatabase::builtIn().engineCount() > 300);
}

void TestTrafficClassifier::classify_data()
{
    QTest::addColumn<QString>("landing");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("keyword");
    for (const TrafficCase &c : trafficCases()) {
        QTest::newRow(c.name) << c.landing << c.referrer << c.userAgent << c.channel << c.source
                              << c.keyword;
    }
}

void TestTrafficClassifier::classify()
{
    QFETCH(QString, landing);
    QFETCH(QString, referrer);
    QFETCH(QString, userAgent);
    QFETCH(QString, channel);
    QFETCH(QString, source);
    QFETCH(QString, keyword);

    const TrafficClassifier classifier(ownHosts);
    const TrafficSource result = classifier.classify(landing, referrer, userAgent);
    QCOMPARE(result.channel, channel);
    QCOMPARE(result.source, source);
    QCOMPARE(result.keyword, keyword);
    QVERIFY2(!result.rule.isEmpty(), "every result says which rule matched");
}

void TestTrafficClassifier::ruleExplainsItself()
{
    const TrafficClassifier classifier(ownHosts);
    const auto rule = [&](const QString &landing, const QString &referrer, const QString &ua = {}) {
        return classifier.classify(landing, referrer, ua).rule;
    };
    QVERIFY(
        rule(u"https://shop.example.cn/"_s, u"https://shop.example.cn/a"_s).contains(u"internal"));
    QVERIFY(rule(u"https://shop.example.cn/"_s, u"https://www.google.com/search?q=x"_s)
                .contains(u"Matomo"));
    QVERIFY(rule(u"https://shop.example.cn/"_s, u"https://zhihu.com/"_s).contains(u"Yutang"));
    QVERIFY(rule(u"https://shop.example.cn/?from=timeline"_s, {}).contains(u"from=timeline"));
    QVERIFY(rule(u"https://shop.example.cn/"_s, {}, u"x MicroMessenger/8"_s)
                .contains(u"MicroMessenger"));
    QVERIFY(rule(u"https://shop.example.cn/?utm_source=a"_s, {}).contains(u"UTM"));
}

void TestTrafficClassifier::customRules_data()
{
    QTest::addColumn<ClassifierRule>("rule");
    QTest::addColumn<QString>("landing");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("keyword");

    using M = ClassifierRule::Match;
    const QString shop = u"https://shop.example.cn/"_s;
    QTest::newRow("host beats matomo twitter")
        << ClassifierRule{M::Host, u"x.com"_s, u"social"_s, u"x"_s} << shop
        << u"https://www.x.com/status/1"_s << QString() << u"social"_s << u"x"_s << QString();
    QTest::newRow("host needs exact host")
        << ClassifierRule{M::Host, u"example.org"_s, u"platform"_s, u"partner"_s} << shop
        << u"https://blog.example.org/"_s << QString() << u"referral"_s << u"blog.example.org"_s
        << QString();
    QTest::newRow("host suffix") << ClassifierRule{M::HostSuffix, u"example.org"_s, u"platform"_s,
                                                   u"partner"_s}
                                 << shop << u"https://blog.example.org/"_s << QString()
                                 << u"platform"_s << u"partner"_s << QString();
    QTest::newRow("host suffix beats built-in zhihu")
        << ClassifierRule{M::HostSuffix, u"zhihu.com"_s, u"campaign"_s, u"zhihu_ads"_s} << shop
        << u"https://zhuanlan.zhihu.com/p/1"_s << QString() << u"campaign"_s << u"zhihu_ads"_s
        << QString();
    QTest::newRow("host without source uses host")
        << ClassifierRule{M::Host, u"WWW.Tea-Blog.cn"_s, u"social"_s, {}} << shop
        << u"https://tea-blog.cn/a"_s << QString() << u"social"_s << u"tea-blog.cn"_s << QString();
    QTest::newRow("utm_source beats utm")
        << ClassifierRule{M::UtmSource, u"KOL_Wang"_s, u"social"_s, u"kol"_s}
        << u"https://shop.example.cn/?utm_source=kol_wang&utm_term=gift"_s << QString() << QString()
        << u"social"_s << u"kol"_s << u"gift"_s;
    QTest::newRow("utm_source other value falls through")
        << ClassifierRule{M::UtmSource, u"kol_wang"_s, u"social"_s, u"kol"_s}
        << u"https://shop.example.cn/?utm_source=kol_li"_s << QString() << QString()
        << u"campaign"_s << u"kol_li"_s << QString();
    QTest::newRow("landing param with value beats wechat from")
        << ClassifierRule{M::LandingParam, u"channel=dy"_s, u"social"_s, u"douyin"_s}
        << u"https://shop.example.cn/?channel=DY&from=groupmessage"_s << QString() << QString()
        << u"social"_s << u"douyin"_s << QString();
    QTest::newRow("landing param any value")
        << ClassifierRule{M::LandingParam, u"ref"_s, u"referral"_s, {}}
        << u"https://shop.example.cn/?ref=tea-club"_s << QString() << QString() << u"referral"_s
        << u"tea-club"_s << QString();
    QTest::newRow("user agent beats in-app wechat")
        << ClassifierRule{M::UserAgent, u"DingTalk"_s, u"social"_s, u"dingtalk"_s} << shop
        << QString() << u"Mozilla/5.0 AliApp(DingTalk/7.0.10) MicroMessenger/8"_s << u"social"_s
        << u"dingtalk"_s << QString();
    QTest::newRow("custom search rule keeps keyword")
        << ClassifierRule{M::Host, u"search.tea.cn"_s, u"search"_s, u"teasearch"_s} << shop
        << u"https://search.tea.cn/?q=%E9%BE%99%E4%BA%95"_s << QString() << u"search"_s
        << u"teasearch"_s << u"龙井"_s;
}

void TestTrafficClassifier::customRules()
{
    QFETCH(ClassifierRule, rule);
    QFETCH(QString, landing);
    QFETCH(QString, referrer);
    QFETCH(QString, userAgent);
    QFETCH(QString, channel);
    QFETCH(QString, source);
    QFETCH(QString, keyword);

    const TrafficClassifier classifier(ownHosts, {rule});
    const TrafficSource result = classifier.classify(landing, referrer, userAgent);
    QCOMPARE(result.channel, channel);
    QCOMPARE(result.source, source);
    QCOMPARE(result.keyword, keyword);
    if (result.rule.startsWith(u"custom rule"))
        QVERIFY(result.rule.contains(rule.pattern));
}

void TestTrafficClassifier::customRulesInOrder()
{
    using M = ClassifierRule::Match;
    TrafficClassifier classifier(ownHosts);
    classifier.setCustomRules({{M::HostSuffix, u"weibo.com"_s, u"social"_s, u"first"_s},
                               {M::Host, u"weibo.com"_s, u"social"_s, u"second"_s}});
    const TrafficSource result =
        classifier.classify(u"https://shop.example.cn/"_s, u"https://weibo.com/1"_s);
    QCOMPARE(result.source, u"first"_s);
    QVERIFY(result.rule.startsWith(u"custom rule 1:"));

    // Clearing the rules restores the built-ins.
    classifier.setCustomRules({});
    QCOMPARE(classifier.classify(u"https://shop.example.cn/"_s, u"https://weibo.com/1"_s).source,
             u"weibo"_s);
}

void TestTrafficClassifier::invalidCustomRulesIgnored()
{
    using M = ClassifierRule::Match;
    const QList<ClassifierRule> rules{{M::Host, u"weibo.com"_s, u"bogus"_s, u"x"_s},
                                      {M::Host, u"  "_s, u"social"_s, u"y"_s}};
    QVERIFY(!rules[0].isValid());
    QVERIFY(!rules[1].isValid());
    const TrafficClassifier classifier(ownHosts, rules);
    QCOMPARE(classifier.customRules(), rules); // kept for editing, but not applied
    QCOMPARE(classifier.classify(u"https://shop.example.cn/"_s, u"https://weibo.com/"_s).source,
             u"weibo"_s);
}

void TestTrafficClassifier::ruleJsonRoundTrip()
{
    using M = ClassifierRule::Match;
    const QList<ClassifierRule> rules{
        {M::Host, u"x.com"_s, u"social"_s, u"x"_s},
        {M::HostSuffix, u"example.org"_s, u"platform"_s, {}},
        {M::UtmSource, u"kol"_s, u"campaign"_s, u"kol"_s},
        {M::LandingParam, u"channel=dy"_s, u"social"_s, u"douyin"_s},
        {M::UserAgent, u"DingTalk"_s, u"social"_s, u"dingtalk"_s},
    };
    const QByteArray json = QJsonDocument(ClassifierRule::listToJson(rules)).toJson();
    QString error;
    const QList<ClassifierRule> back =
        ClassifierRule::listFromJson(QJsonDocument::fromJson(json).array(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back, rules);
    QCOMPARE(rules[0].toJson().value(u"match").toString(), u"host"_s);
    QCOMPARE(rules[1].toJson().value(u"match").toString(), u"host_suffix"_s);
}

void TestTrafficClassifier::ruleJsonErrors()
{
    QString error;
    QVERIFY(!ClassifierRule::fromJson(QJsonObject{{u"match"_s, u"regex"_s}}, &error));
    QVERIFY(error.contains(u"regex"));
    QVERIFY(!ClassifierRule::fromJson(
        QJsonObject{{u"match"_s, u"host"_s}, {u"pattern"_s, u"a.cn"_s}, {u"channel"_s, u"tv"_s}},
        &error));
    QVERIFY(error.contains(u"tv"));
    QVERIFY(!ClassifierRule::fromJson(
        QJsonObject{{u"match"_s, u"host"_s}, {u"channel"_s, u"social"_s}}));

    const QJsonArray mixed{QJsonObject{{u"match"_s, u"host"_s},
                                       {u"pattern"_s, u"a.cn"_s},
                                       {u"channel"_s, u"social"_s}},
                           QJsonValue(42)};
    error.clear();
    const QList<ClassifierRule> rules = ClassifierRule::listFromJson(mixed, &error);
    QCOMPARE(rules.size(), 1);
    QVERIFY(error.startsWith(u"rule 2"));
}

void TestTrafficClassifier::garbageDoesNotCrash_data()
{
    QTest::addColumn<QString>("url");
    const QStringList garbage{
        {},
        u""_s,
        u" "_s,
        u"not a url"_s,
        u"://"_s,
        u"http://"_s,
        u"https:///path"_s,
        u"http://[::1"_s,
        u"http://[::1]:8080/?wd=x"_s,
        u"javascript:alert(1)"_s,
        u"mailto:a@b.cn"_s,
        u"data:text/html,<script>"_s,
        u"http://.baidu.com/s?wd=x"_s,
        u"http://baidu.com./s?wd=%"_s,
        u"https://www.baidu.com/s?wd=%E9%BE"_s,
        u"https://www.baidu.com/s?wd=%ZZ%%%"_s,
        u"https://www.baidu.com/s?&&&=&wd"_s,
        u"https://www.baidu.com/s?wd=%80%FF%FE&ie=no-such-charset"_s,
        u"https://www.google.com/search?q=%F0%9F%8D%B5"_s,
        u"https://shop.example.cn/?from=&utm_source"_s,
        u"https://shop.example.cn/#?from"_s,
        u"https://user@/x"_s,
        u"http://a b.com/"_s,
        u"https://例子.中国/路径?q=茶"_s,
        QString(4000, u'%'),
        u"https://www.baidu.com/s?wd="_s + QString(3000, u'A'),
        QString(u"http://x\0y.com/"_s),
        QString(QChar(0xD800)) + u"://x"_s,
    };
    for (qsizetype i = 0; i < garbage.size(); ++i)
        QTest::addRow("garbage %d", int(i)) << garbage.at(i);
}

void TestTrafficClassifier::garbageDoesNotCrash()
{
    QFETCH(QString, url);
    const TrafficClassifier classifier(ownHosts);
    for (const TrafficSource &result :
         {classifier.classify(url, url, url), classifier.classify(url, {}, {}),
          classifier.classify(u"https://shop.example.cn/"_s, url, {})}) {
        QVERIFY(TrafficSource::isChannel(result.channel));
        QVERIFY(!result.source.isEmpty());
    }
}

void TestTrafficClassifier::lossyHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("www and country") << u"www.google.de"_s << u"google.{}"_s;
    QTest::newRow("compound tld") << u"www.google.co.uk"_s << u"google.{}"_s;
    QTest::newRow("com.hk") << u"www.google.com.hk"_s << u"google.{}"_s;
    QTest::newRow("country subdomain") << u"de.bing.com"_s << u"{}.bing.com"_s;
    QTest::newRow("mobile") << u"m.example.com"_s << u"example.com"_s;
    QTest::newRow("two-letter label as in Matomo") << u"m.so.com"_s << u"{}.com"_s;
    QTest::newRow("search prefix") << u"search.example.com"_s << u"example.com"_s;
    QTest::newRow("www2") << u"www2.example.com"_s << u"example.com"_s;
    QTest::newRow("untouched") << u"m5.baidu.com"_s << u"m5.baidu.com"_s;
}

void TestTrafficClassifier::lossyHost()
{
    QFETCH(QString, host);
    QFETCH(QString, pattern);
    QCOMPARE(ReferrerDatabase::lossyHost(host), pattern);
}

void TestTrafficClassifier::decodeKeyword_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QStringList>("charsets");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"tea"_s << QString() << QStringList() << u"tea"_s;
    QTest::newRow("utf8") << u"%E9%BE%99%E4%BA%95"_s << QString() << QStringList() << u"龙井"_s;
    QTest::newRow("gbk by hint") << u"%C1%FA%BE%AE"_s << u"gbk"_s << QStringList() << u"龙井"_s;
    QTest::newRow("gb2312 by list")
        << u"%C1%FA%BE%AE"_s << QString() << QStringList{u"gb2312"_s} << u"龙井"_s;
    QTest::newRow("gbk fallback") << u"%C1%FA%BE%AE"_s << QString() << QStringList() << u"龙井"_s;
    QTest::newRow("utf8 hint name") << u"%E8%8C%B6"_s << u"UTF8"_s << QStringList() << u"茶"_s;
    QTest::newRow("utf8 encoded twice")
        << u"%25E8%258C%25B6%25E5%2585%25B7"_s << QString() << QStringList() << u"茶具"_s;
    QTest::newRow("gbk encoded twice")
        << u"%25B2%25E8%25BE%25DF"_s << u"gbk"_s << QStringList() << u"茶具"_s;
    QTest::newRow("literal percent stays")
        << u"100%25%20tea"_s << QString() << QStringList() << u"100% tea"_s;
    QTest::newRow("encoded percent sign stays")
        << u"%2541%2542"_s << QString() << QStringList() << u"%41%42"_s;
    QTest::newRow("shift_jis") << u"%82%A8%92%83"_s << QString() << QStringList{u"SHIFT_JIS"_s}
                               << u"お茶"_s;
    QTest::newRow("trim and lower")
        << u"+Green%20TEA+"_s << QString() << QStringList() << u"green tea"_s;
    QTest::newRow("broken escape kept") << u"100%"_s << QString() << QStringList() << u"100%"_s;
}

void TestTrafficClassifier::decodeKeyword()
{
    QFETCH(QString, raw);
    QFETCH(QString, hint);
    QFETCH(QStringList, charsets);
    QFETCH(QString, expected);
    QCOMPARE(KeywordDecoder::decode(raw, hint, charsets), expected);
}

void TestTrafficClassifier::displayNames()
{
    QCOMPARE(TrafficSource::sourceDisplayName(u"baidu"), u"Baidu"_s);
    QCOMPARE(TrafficSource::sourceDisplayName(u"wechat_moments"), u"WeChat Moments"_s);
    QCOMPARE(TrafficSource::sourceDisplayName(u"duckduckgo"), u"DuckDuckGo"_s); // from Matomo
    QCOMPARE(TrafficSource::sourceDisplayName(u"tea-blog.cn"), u"tea-blog.cn"_s);
    QCOMPARE(TrafficSource::channelDisplayName(u"paid_search"), u"Paid search"_s);
    // 8 visit channels and the one for orders a platform says have no known source.
    QCOMPARE(TrafficSource::channels().size(), 9);
    QVERIFY(TrafficSource::channels().contains(u"unattributed"_s));
    QCOMPARE(TrafficSource::sourceDisplayName(u"not_recorded"), u"Source not recorded"_s);
    for (const QString &channel : TrafficSource::channels())
        QVERIFY(TrafficSource::isChannel(channel));

    // A platform's verdict on an order's visit (WooCommerce's source_type): its own where URLs
    // cannot tell, the classifier's where they can.
    const TrafficClassifier classifier(ownHosts);
    const TrafficSource baidu = classifier.classify(
        u"https://shop.example.cn/", u"https://www.baidu.com/s?wd=%E9%BE%99%E4%BA%95");
    QCOMPARE(TrafficSource::withAttribution(baidu, u"organic"), baidu);
    QCOMPARE(TrafficSource::withAttribution(baidu, u"admin").channel, u"unattributed"_s);
    QCOMPARE(TrafficSource::withAttribution(baidu, u"admin").source, u"admin"_s);
    QCOMPARE(TrafficSource::withAttribution(baidu, u"none").source, u"not_recorded"_s);
    QCOMPARE(TrafficSource::withAttribution(baidu, u"something-new").source, u"unknown"_s);
    QCOMPARE(TrafficSource::withAttribution(baidu, u"mobile_app").source, u"mobile_app"_s);
}

void TestTrafficClassifier::concurrentClassify()
{
    const TrafficClassifier classifier(ownHosts);
    const QList<TrafficCase> cases = trafficCases();
    QList<TrafficSource> expected;
    for (const TrafficCase &c : cases)
        expected.append(classifier.classify(c.landing, c.referrer, c.userAgent));

    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int round = 0; round < 50; ++round) {
                for (qsizetype i = 0; i < cases.size(); ++i) {
                    const TrafficCase &c = cases.at(i);
                    if (classifier.classify(c.landing, c.referrer, c.userAgent) != expected.at(i))
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestTrafficClassifier)
#include "tst_trafficclassifier.moc"
