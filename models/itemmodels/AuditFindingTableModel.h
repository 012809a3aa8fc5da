#pragma once

#include "itemmodels/ShopInfo.h"
#include "referrals/AuditFinding.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The audit's findings as a table, one finding a row; filterable by kind.
class AuditFindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Kind,
        Order,
        Commission,
        Buyer,
        Beneficiary,
        ExpectedBeneficiary,
        Level,
        BookedAmount,
        ExpectedAmount,
        BookedStatus,
        OrderStatus,
        Description,
        ColumnCount
    };

    explicit AuditFindingTableModel(QObject *parent = nullptr);

    // Runs the audit over the store (ReferralGraph + CommissionAuditor) and shows its findings.
    void runAudit(Database &db);
    void setFindings(const QList<AuditFinding> &findings, const ShopInfo &shop = {});
    const QList<AuditFinding> &allFindings() const { return m_all; }
    // Only findings of this kind key (AuditFinding::key); empty: all.
    void setKindFilter(const QString &kindKey);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    ShopInfo m_shop;
    QList<AuditFinding> m_all;
    QList<AuditFinding> m_shown;
    QString m_kindFilter;
};
