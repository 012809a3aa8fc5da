#pragma once

#include "analytics/ClassifierRule.h"

#include <QDialog>

class Database;
class QTableWidget;

// The merchant's own source rules ("referrer host x.com → social / x"), checked before every
// built-in rule. Saving them reclassifies every stored session on a worker thread, with progress.
class ClassifierRulesDialog : public QDialog
{
    Q_OBJECT
public:
    ClassifierRulesDialog(Database &db, QWidget *parent = nullptr);

    QList<ClassifierRule> rules() const;
    void setRules(const QList<ClassifierRule> &rules);
    // Saves the rules and reclassifies; true when the stored data changed.
    bool saveAndReclassify();

    void accept() override;

private:
    void addRow(const ClassifierRule &rule);

    Database &m_db;
    QTableWidget *m_table;
};
