#include "panes/traffic/ClassifierRulesDialog.h"

#include "analytics/ClassifierRuleStore.h"
#include "analytics/TrafficReclassifier.h"
#include "analytics/TrafficSource.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>

namespace {

enum Column { MatchColumn, PatternColumn, ChannelColumn, SourceColumn };

const QList<ClassifierRule::Match> &matches()
{
    static const QList<ClassifierRule::Match> list = {
        ClassifierRule::Match::Host, ClassifierRule::Match::HostSuffix,
        ClassifierRule::Match::UtmSource, ClassifierRule::Match::LandingParam,
        ClassifierRule::Match::UserAgent};
    return list;
}

QString matchLabel(ClassifierRule::Match m)
{
    switch (m) {
    case ClassifierRule::Match::Host:
        return ClassifierRulesDialog::tr("Referrer host is");
    case ClassifierRule::Match::HostSuffix:
        return ClassifierRulesDialog::tr("Referrer host ends with");
    case ClassifierRule::Match::UtmSource:
        return ClassifierRulesDialog::tr("utm_source is");
    case ClassifierRule::Match::LandingParam:
        return ClassifierRulesDialog::tr("Landing URL has parameter");
    case ClassifierRule::Match::UserAgent:
        return ClassifierRulesDialog::tr("User agent contains");
    }
    return {};
}

} // namespace

ClassifierRulesDialog::ClassifierRulesDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("classifierRulesDialog"));
    setWindowTitle(tr("Traffic source rules"));
    m_table->setObjectName(QStringLiteral("classifierRulesTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Pattern"), tr("Channel"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MatchColumn, 200);
    m_table->setColumnWidth(PatternColumn, 200);
    auto *note = new QLabel(
        tr("Your rules are checked first, top to bottom; the first that matches decides. "
           "An empty source means the referrer host, utm_source or parameter value. "
           "Saving reclassifies every visit already synced."),
        this);
    note->setWordWrap(true);
    auto *add = new QPushButton(tr("Add rule"), this);
    add->setObjectName(QStringLiteral("addRuleButton"));
    auto *remove = new QPushButton(tr("Remove rule"), this);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassifierRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClassifierRulesDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(760, 360);
    setRules(ClassifierRuleStore::load(db));
}

void ClassifierRulesDialog::addRow(const ClassifierRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *match = new QComboBox(m_table);
    for (ClassifierRule::Match m : matches())
        match->addItem(matchLabel(m), ClassifierRule::matchName(m));
    match->setCurrentIndex(int(matches().indexOf(rule.match)));
    m_table->setCellWidget(row, MatchColumn, match);
    m_table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    auto *channel = new QComboBox(m_table);
    for (const QString &c : TrafficSource::channels())
        channel->addItem(TrafficSource::channelDisplayName(c), c);
    channel->setCurrentIndex(qMax(0, int(TrafficSource::channels().indexOf(rule.channel))));
    m_table->setCellWidget(row, ChannelColumn, channel);
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(rule.source));
}

void ClassifierRulesDialog::setRules(const QList<ClassifierRule> &rules)
{
    m_table->setRowCount(0);
    for (const ClassifierRule &r : rules)
        addRow(r);
}

QList<ClassifierRule> ClassifierRulesDialog::rules() const
{
    QList<ClassifierRule> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ClassifierRule r;
        const auto *match = qobject_cast<QComboBox *>(m_table->cellWidget(row, MatchColumn));
        const auto *channel = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChannelColumn));
        r.match = ClassifierRule::matchFromName(match->currentData().toString())
                      .value_or(ClassifierRule::Match::Host);
        r.pattern = m_table->item(row, PatternColumn)
                        ? m_table->item(row, PatternColumn)->text().trimmed()
                        : QString();
        r.channel = channel->currentData().toString();
        r.source = m_table->item(row, SourceColumn)
                       ? m_table->item(row, SourceColumn)->text().trimmed()
                       : QString();
        if (r.isValid())
            list << r;
    }
    return list;
}

bool ClassifierRulesDialog::saveAndReclassify()
{
    const QList<ClassifierRule> list = rules();
    const QList<ClassifierRule> previous = ClassifierRuleStore::load(m_db);
    if (list == previous)
        return false;
    if (!ClassifierRuleStore::save(m_db, list)) {
        QMessageBox::warning(this, windowTitle(), tr("The rules could not be saved in the store."));
        return false;
    }
    QProgressDialog progress(tr("Reclassifying visits…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled = false;
    QString error;
    bool ok = false;
    const Database &mainDb = m_db;
    QThread *worker = QThread::create([&] {
        auto db = mainDb.clone(&error);
        if (!db)
            return;
        TrafficReclassifier reclassifier(*db);
        reclassifier.setProgress([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            QMetaObject::invokeMethod(
                &progress, [&progress, percent] { progress.setValue(percent); },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
        ok = reclassifier.reclassify(&error);
    });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    progress.reset();
    if (!ok) {
        ClassifierRuleStore::save(m_db, previous); // the stored visits still follow the old rules
        if (!cancelled)
            QMessageBox::warning(this, windowTitle(), tr("Reclassification failed: %1").arg(error));
    }
    return ok;
}

void ClassifierRulesDialog::accept()
{
    saveAndReclassify();
    QDialog::accept();
}
