#pragma once

#include "sync/ParsedPage.h"

#include <QJsonObject>

// Turns the site's JSON into typed records. Never throws or crashes on what a site sends:
// every defect becomes a reason string and the record is quarantined.
class RecordParser
{
public:
    // Parses a whole listing body. Returns false (and sets *error) only when the envelope
    // itself is unusable (not JSON, no data array); bad records inside go to quarantine.
    // Sessions and events go through FlatPageScanner first (parseFlatPage), anything it
    // declines through QJsonDocument (parsePageAsDocument): the same records either way.
    static bool parsePage(Collection collection, const QByteArray &body, ParsedPage *page,
                          QString *error);
    static bool parsePageAsDocument(Collection collection, const QByteArray &body, ParsedPage *page,
                                    QString *error);
    // A page of sessions or events whose every record is valid; false (and the page untouched)
    // for any other, which parsePageAsDocument then takes, quarantining and wording as usual.
    static bool parseFlatPage(Collection collection, const QByteArray &body, ParsedPage *page);
    static bool parseShop(const QByteArray &body, ShopRecord *shop, QString *error);

    // Parses one record into the page; returns false if it was quarantined.
    static bool parseRecord(Collection collection, const QJsonObject &obj, ParsedPage *page);

    // RFC 3339 with a mandatory offset ("Z" or ±hh:mm) to UTC epoch ms.
    static bool parseTimestamp(const QString &text, qint64 *epochMs);
};
