// How visits from each source behave on the shop: the page they land on and how many leave after
// it (WeChat article readers bounce more than search visitors with a product keyword), and the
// paths of the shop's pages that are not products'. Kept apart from TrafficMix (where visits come
// from) because the landing URL and the visit's first page view must name the same page.
#pragma once

#include "ShopRecords.h"
#include "TrafficMix.h"

#include <QByteArray>

class Rng;

class VisitShape
{
public:
    static PageKind pickLanding(TrafficMix::Source source, Rng &rng);
    /// The share of visits from this source that view their landing page and do nothing else.
    static double bounceChance(TrafficMix::Source source);
    /// How customers acquired through this source keep coming back (SourceCount: unknown, for
    /// customers older than the history): the chance that a returning customer picked at random
    /// does come back, and the days after their last visit in which that chance halves. Friends
    /// in a WeChat group come back for months; a search visitor buys once and is gone.
    static double loyalty(int source);
    static double patienceDays(int source);
    /// How readily such customers invite others (the weight of a customer as an inviter).
    static double recruiting(int source);
    /// Which category, article or search keyword a page of this kind shows.
    static quint8 pickDetail(PageKind kind, Rng &rng);
    /// The page's path: "/", "/c/puer", "/article/12", "/activity/…", "/search?q=<UTF-8 %>".
    static void appendPath(QByteArray &out, PageKind kind, quint8 detail);

    /// An event's ref for a page view: the page's kind and detail in one number.
    static quint32 pageRef(PageKind kind, quint8 detail) { return quint32(kind) << 8 | detail; }
    static PageKind refKind(quint32 ref) { return PageKind(ref >> 8); }
    static quint8 refDetail(quint32 ref) { return quint8(ref & 0xff); }
};
