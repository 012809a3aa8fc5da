#pragma once

#include <QString>
#include <QtGlobal>

// Money is integer minor units (fen) end to end; these only convert at the edges.
namespace Money {
// 19900 -> "199.00" (no currency sign, no grouping): for CSV and the CLI.
QString toDecimal(qint64 minor);
// 19900 -> "¥199.00" with grouping, for display.
QString display(qint64 minor, const QString &currency = QStringLiteral("CNY"));
// What goes before an amount: "¥" for CNY, else the currency code and a space ("USD ").
QString symbol(const QString &currency);
// "199", "199.5", "199.00" -> 19900. Rejects more than two decimals, signs other than a
// leading '-', and anything that is not a number.
bool parseDecimal(const QString &text, qint64 *minor);
} // namespace Money
