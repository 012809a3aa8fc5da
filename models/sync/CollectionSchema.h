#pragma once

#include "store/SqlDialect.h"
#include "sync/Collection.h"

#include <QString>
#include <QStringList>

// How one collection is stored: its table, the columns a record fills (in the order the row
// builders of PageApplier give values; "id" first, "listing_gen" last), and which copy of a
// record is newer when a page brings one the store already holds. One description per
// collection, read by PageApplier and by every kind of site's puller, instead of column lists
// repeated where they are used.
struct CollectionSchema
{
    Collection collection = Collection::Products;
    QString table;
    QStringList columns;
    // Upserts keep the copy with the higher value of this column; empty: the records never
    // change once written (sessions, events), and a repeat only refreshes listing_gen.
    QString newerColumn;
    QString updatedColumn; // the record's modification time, epoch ms (empty: none)
    QStringList integerColumns; // the rest are text

    bool isImmutable() const { return newerColumn.isEmpty(); }
    // The columns with their types, for SqlDialect::jsonRows().
    QList<SqlDialect::JsonColumn> jsonColumns() const;

    static const CollectionSchema &of(Collection c);
};
