#include "panes/referrals/ReferralTreeLoader.h"

#include "itemmodels/ReferralTreeModel.h"
#include "store/Database.h"

#include <QPointer>
#include <QSqlQuery>
#include <QThread>
#include <memory>

ReferralTreeLoader::ReferralTreeLoader(Database &db, ReferralTreeModel *model, QObject *parent)
    : QObject(parent), m_db(db), m_model(model)
{}

void ReferralTreeLoader::load(const DateRange &range)
{
    const int generation = ++m_generation;
    QSqlQuery count(m_db.connection());
    const bool big = count.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && count.next() &&
                     count.value(0).toLongLong() >= kBackgroundFrom;
    if (!big) {
        m_model->apply(ReferralTreeModel::load(m_db, range));
        return;
    }
    auto result = std::make_shared<ReferralTreeModel::Loaded>();
    Database *db = &m_db;
    QThread *worker = QThread::create([db, range, result] {
        QString error;
        // A connection belongs to the thread that opens it: this one is the worker's.
        if (auto own = db->clone(&error))
            *result = ReferralTreeModel::load(*own, range);
    });
    if (++m_running == 1)
        Q_EMIT loadingChanged(true);
    QPointer<ReferralTreeLoader> self(this);
    connect(worker, &QThread::finished, this, [self, worker, result, generation] {
        worker->deleteLater();
        if (!self)
            return;
        if (generation == self->m_generation) { // a newer load supersedes this one
            // Free the previous snapshot (100k members) off the GUI thread.
            auto old = std::make_shared<ReferralTreeModel::Loaded>(
                self->m_model->apply(std::move(*result)));
            QThread *freer = QThread::create([old]() mutable { old.reset(); });
            QObject::connect(freer, &QThread::finished, freer, &QObject::deleteLater);
            freer->start();
        }
        if (--self->m_running == 0)
            Q_EMIT self->loadingChanged(false);
    });
    worker->start();
}
