#pragma once

#include "analytics/ClassifierRule.h"

#include <QList>

class Database;

// The merchant's own classification rules, kept in the store (meta "traffic.rules", JSON) so the
// GUI, the CLI and the sync all classify alike.
namespace ClassifierRuleStore {
QList<ClassifierRule> load(const Database &db);
bool save(Database &db, const QList<ClassifierRule> &rules);
} // namespace ClassifierRuleStore
