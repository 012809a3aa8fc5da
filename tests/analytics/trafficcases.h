#pragma once

#include <QList>
#include <QString>

// One real-world visit shape and the source Yutang must assign to it.
struct TrafficCase
{
    const char *name;
    QString landing;
    QString referrer;
    QString userAgent;
    QString channel;
    QString source;
    QString keyword;
};

// Shop host used by every case: "shop.example.cn".
QList<TrafficCase> trafficCases();
