#pragma once

#include <QAbstractItemModelTester>

// Runs QAbstractItemModelTester over a model's current state and detaches it again.
//
// Models that fetch lazily cannot keep a tester attached across resets on Qt 6.4: the tester
// re-runs its checks (which call fetchMore()) from its modelReset handler before it clears its
// "reset in flight" marker, and then reports the rows that fetchMore() inserts as an insertion
// during a reset. A tester attached after each change still checks the whole model, including
// what fetchMore() loads.
namespace ModelCheck {
inline void run(QAbstractItemModel *model)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
} // namespace ModelCheck
