#pragma once

#include <QList>
#include <QString>

// The site's collections, under the contract's names.
enum class Collection { Products, Customers, Orders, Sessions, Events, Commissions };

namespace Collections {
const QList<Collection> &all();
QString name(Collection c);              // "products", ... (the contract's and the table's name)
bool fromName(const QString &name, Collection *out);
} // namespace Collections
