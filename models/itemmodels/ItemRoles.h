#pragma once

#include <Qt>

// Roles shared by every item model in the app. Qt::DisplayRole carries formatted text (¥, shop-local
// dates); RawValueRole carries the value a proxy sorts and filters on (fen, epoch ms, counts).
namespace ItemRoles {
enum Role {
    RawValueRole = Qt::UserRole + 1, // unformatted value of the cell
    RecordIdRole,                    // id of the row's record (order id, customer id, ...)
    RowKindRole,                     // model-specific classification (status string, event type)
    ExportRole,    // a cell's value for CSV/JSON: money as "199.00", times shop-local, counts as
                   // numbers; models that don't answer it export their DisplayRole text
    ColumnKeyRole, // headerData: a stable snake_case key for the column (CLI and JSON exports)
    PartialRole,   // bool: the row's period is not over (the shop's today so far; PartialDay)
};
} // namespace ItemRoles
