// Everything one running site consists of, wired together once in main().
#pragma once

#include "CursorCodec.h"
#include "FaultInjector.h"
#include "ListingPager.h"
#include "PageCache.h"
#include "RecordRenderer.h"
#include "ShopData.h"
#include "VisitGenerator.h"
#include "WriteHandler.h"

#include <QByteArray>
#include <memory>

struct SiteContext
{
    SiteContext(std::unique_ptr<ShopData> shop, std::unique_ptr<VisitGenerator> visitGen,
                quint32 instance, qint64 cacheBytes, const FaultConfig &faultConfig)
        : data(std::move(shop)), visits(std::move(visitGen)), renderer(*data), codec(instance),
          cache(cacheBytes), pager(*data, renderer, codec, cache), writes(*data, renderer),
          faults(faultConfig)
    {}

    std::unique_ptr<ShopData> data;
    std::unique_ptr<VisitGenerator> visits;
    RecordRenderer renderer;
    CursorCodec codec;
    PageCache cache;
    ListingPager pager;
    WriteHandler writes;
    FaultInjector faults;

    QByteArray token = "demo-token";
    QByteArray readToken; ///< optional read-only token
    bool adminEnabled = false;
    bool partitionsEnabled = true; ///< off: behave like a site without GET /partitions/{collection}
    quint64 requests = 0;
};
