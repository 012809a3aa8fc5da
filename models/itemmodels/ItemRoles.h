#pragma once

#include <Qt>

// Roles shared by every item model in the app. Qt::DisplayRole carries formatted text (¥, shop-local
// dates); RawValueRole carries the value a proxy sorts and filters on (fen, epoch ms, counts).
namespace ItemRoles {
enum Role {
    RawValueRole = Qt::UserRole + 1, // unformatted value of the cell
    RecordIdRole,                    // id of the row's record (order id, customer id, ...)
    RowKindRole,                     // model-specific classification (status string, event type)
};
} // namespace ItemRoles
