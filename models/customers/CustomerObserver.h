#pragma once

#include "customers/CustomerDerivation.h"
#include "sync/PageApplier.h"

// Notes, inside each page's transaction, the customers whose figures the page's records (or the
// records about to be deleted) change; CustomerDerivation rebuilds them when the sync ends.
class CustomerObserver : public PageApplier::Observer
{
public:
    explicit CustomerObserver(Database &db) : m_derivation(db) {}
    // The customers of the stored versions of the page's orders and commissions (and the
    // referrer a customer record names now), whose figures change when these records change
    // hands: a commission credited to someone else leaves the former beneficiary's earnings.
    bool pageApplying(Database &db, const ParsedPage &page, QString *error) override;
    bool pageApplied(Database &db, const ParsedPage &page, QString *error) override;
    bool recordsDeleting(Database &db, Collection c, const QString &rowFilter, const QVariant &bind,
                         QString *error) override;

private:
    // CustomerDerivation::noteTouched, skipped while the store has no customer figures yet
    // (CustomerDerivation::hasNoFigures).
    bool note(Collection c, const QString &rowFilter, const QVariant &bind, QString *error);

    CustomerDerivation m_derivation;
    bool m_figuresExist = false; // once true, stays true
};
