#pragma once

#include <QCoreApplication>
#include <QString>

// Translated names for the contract's status and type codes; unknown codes are shown as sent.
class StatusNames
{
    Q_DECLARE_TR_FUNCTIONS(StatusNames)
public:
    static QString orderStatus(const QString &code);
    static QString productStatus(const QString &code);
    static QString commissionStatus(const QString &code);
    static QString collection(const QString &code);
};
