#pragma once

#include "store/Migrations.h"

// Schema steps, one function per concern, each in its own file. Version numbers are global:
// core 1, traffic 2..19, outbox 20..39, referrals 40..59, team 60..79, sync 80..99. Applied steps
// are recorded one by one (Migrations), so a new step runs on stores that have higher-numbered
// ones. A step that changes an index of sessions or events must first build any a killed first sync
// left deferred (DeferredIndexes::restore): they are built again after the steps.
namespace SchemaSteps {
QList<Migrations::Step> core();      // CoreSchema.cpp: the site's collections and sync bookkeeping
QList<Migrations::Step> traffic();   // TrafficSchema.cpp: classification and daily aggregates
QList<Migrations::Step> outbox();    // OutboxSchema.cpp: local edits waiting to be pushed
QList<Migrations::Step> referrals(); // ReferralSchema.cpp: customers, cohorts, referral economy
QList<Migrations::Step> team();      // TeamSchema.cpp: shared PostgreSQL store
QList<Migrations::Step> sync();      // SyncSchema.cpp: sync bookkeeping beyond the core
} // namespace SchemaSteps
