#include "../cli/CliRunner.h"
#include "../sync/SyncRunner.h"
#include "SiteProcess.h"
#include "StoreFaultSupport.h"
#include "TempStore.h"
#include "commands/Command.h"
#include "outbox/Outbox.h"
#include "store/Database.h"
#include "store/StoreFault.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreFaultSupport;

namespace {

QString message(const SyncResult &r)
{
    return r.error.isEmpty() ? QStringLiteral("ok") : r.error;
}

} // namespace

// The faults of a SQLite store file: a full disk mid-sync, a read-only file or folder, a file
// cut short or overwritten, a store from a newer Yutang. Each is provoked for real, and each must
// give its own clear message, keep what was stored before, and leave the file as it was.
class TestStoreFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (TempStore::usesPostgres())
            QSKIP("SQLite store files only (tst_servergone covers the team server).");
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
        // A synced store that the file faults below start from.
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), kAll);
        m_synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
        auto db = Database::open(StoreLocation::parse(m_synced), &error);
        QVERIFY2(db, qPrintable(error));
        const SyncResult r = runSync(*db, m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(message(r)));
        m_rows = snapshot(*db);
        QVERIFY(m_rows.value(QStringLiteral("orders")).size() > 100);
    }

    void fullDiskStopsTheSyncAndKeepsWhatWasStored()
    {
        TempStore store;
        QVERIFY(runSync(store.db(), m_site.address(), m_site.token()).status ==
                SyncResult::Status::Ok);
        const auto before = snapshot(store.db());
        // A full listing again, the disk full after its third page.
        AfterPages full(3, fillDisk);
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token(), true, 50);
        options.partitions = 1;
        const SyncResult failed = runSyncWith(
            store.db(), options, [&](SyncEngine &engine) { engine.applier().addObserver(&full); });
        QCOMPARE(failed.status, SyncResult::Status::Failed);
        QCOMPARE(failed.failure, SyncResult::Failure::Store);
        QVERIFY2(failed.error.contains(QLatin1String("is full")) &&
                     failed.error.contains(QLatin1String("Nothing stored before was lost")),
                 qPrintable(failed.error));
        QVERIFY(full.seen() >= 3);
        // Nothing stored before was lost (the listing deletes only once it completes).
        QCOMPARE(snapshot(store.db()), before);
        // Space freed: the next sync finishes the listing, and the store is the site's again.
        freeDisk(store.db());
        const SyncResult resumed = runSync(store.db(), m_site.address(), m_site.token());
        QVERIFY2(resumed.status == SyncResult::Status::Ok, qPrintable(message(resumed)));
        QCOMPARE(snapshot(store.db()), before);
    }

    void fullDiskSyncResumesWithoutGapsOrDuplicates()
    {
        // From an empty store: the pages committed before the disk filled stay, and the sync
        // after space is freed goes on from there to exactly what one whole sync gives.
        TempStore store;
        AfterPages full(4, fillDisk);
        SyncEngine::Options options = testSyncOptions(m_site.address(), m_site.token(), false, 100);
        options.partitions = 1;
        const SyncResult failed = runSyncWith(
            store.db(), options, [&](SyncEngine &engine) { engine.applier().addObserver(&full); });
        QCOMPARE(failed.status, SyncResult::Status::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("is full")), qPrintable(failed.error));
        // The pages committed before the fourth filled the disk are there, intact (the records
        // as the site sent them; sessions and customers also carry figures derived from later
        // pages).
        qint64 kept = 0;
        const auto partial = snapshot(store.db());
        for (const QString &table : {QStringLiteral("products"), QStringLiteral("orders"),
                                     QStringLiteral("order_items"), QStringLiteral("events")}) {
            kept += partial.value(table).size();
            for (const QString &row : partial.value(table))
                QVERIFY2(m_rows.value(table).contains(row), qPrintable(row));
        }
        QVERIFY(kept > 0);
        freeDisk(store.db());
        const SyncResult resumed = runSyncWith(store.db(), options);
        QVERIFY2(resumed.status == SyncResult::Status::Ok, qPrintable(message(resumed)));
        QCOMPARE(snapshot(store.db()), m_rows);
    }

    void damagedFileIsRefusedAndLeftAsItWas_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut short") << QStringLiteral("truncate");
        QTest::newRow("header overwritten") << QStringLiteral("header");
        QTest::newRow("middle overwritten") << QStringLiteral("middle");
    }

    void damagedFileIsRefusedAndLeftAsItWas()
    {
        QFETCH(QString, damage);
        const QString path = copyOfSynced(QStringLiteral("damaged.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            if (damage == QLatin1String("truncate")) {
                QVERIFY(f.resize(size / 2));
            } else if (damage == QLatin1String("header")) {
                f.write(QByteArray("this is not SQLite any more"));
            } else {
                // A whole page in the middle, as a failing disk sector would leave it.
                const qint64 page = 4096;
                QVERIFY(f.seek((size / 2) / page * page));
                f.write(QByteArray(page, char(0x5a)));
            }
        }
        const QByteArray digest = fileDigest(path);
        StoreFault fault;
        auto db = Database::open(StoreLocation::parse(path), &fault);
        QVERIFY(!db);
        QCOMPARE(fault.kind(), StoreFault::Kind::Damaged);
        QVERIFY2(fault.message().contains(QLatin1String("is damaged")),
                 qPrintable(fault.message()));
        QVERIFY(fault.canBeSetAside());
        QCOMPARE(fileDigest(path), digest);
        // The CLI says the same, with the store's exit code, and leaves the file alone too.
        cliRefusesUnchanged(path, digest, QStringLiteral("is damaged"));
    }

    void storeFromANewerVersionIsRefusedUnchanged()
    {
        const QString path = copyOfSynced(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_steps (version) VALUES (9001)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 9001")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray digest = fileDigest(path);
        StoreFault fault;
        auto db = Database::open(StoreLocation::parse(path), &fault);
        QVERIFY(!db);
        QCOMPARE(fault.kind(), StoreFault::Kind::NewerVersion);
        QVERIFY2(fault.message().contains(QLatin1String("written by a newer version of Yutang")) &&
                     fault.message().contains(QLatin1String("9001")),
                 qPrintable(fault.message()));
        QCOMPARE(fileDigest(path), digest);
        cliRefusesUnchanged(path, digest, QStringLiteral("newer version of Yutang"));
    }

    void readOnlyStoreIsShownButNotWritten_data()
    {
        QTest::addColumn<bool>("folderToo");
        QTest::newRow("file") << false;
        QTest::newRow("file and folder") << true;
    }

    void readOnlyStoreIsShownButNotWritten()
    {
#ifndef Q_OS_UNIX
        QSKIP("File modes are a Unix matter.");
#else
        QFETCH(bool, folderToo);
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), kAll));
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(QFile::copy(m_synced, path));
        QVERIFY(QFile::setPermissions(path, kReadOnlyFile));
        if (folderToo)
            QVERIFY(QFile::setPermissions(dir.path(), kReadOnlyFolder));
        const QByteArray digest = fileDigest(path);
        {
            Unprivileged nobody;
            StoreFault fault;
            auto db = Database::open(StoreLocation::parse(path), &fault);
            QVERIFY2(db, qPrintable(fault.message()));
            QVERIFY(db->isReadOnly());
            QVERIFY2(db->readOnlyReason().contains(QLatin1String("is read-only")),
                     qPrintable(db->readOnlyReason()));
            // What it holds can be read…
            QCOMPARE(snapshot(*db), m_rows);
            // …but a sync says why it cannot write, before reaching the site.
            const SyncResult r = runSync(*db, m_site.address(), m_site.token());
            QCOMPARE(r.status, SyncResult::Status::Failed);
            QCOMPARE(r.failure, SyncResult::Failure::Store);
            QCOMPARE(r.error, db->readOnlyReason());
            // An edit says the same instead of failing on the first write.
            QString error;
            QCOMPARE(Outbox(*db).queue(Collection::Products,
                                       m_rows.value(QStringLiteral("products"))
                                           .constFirst()
                                           .section(QLatin1Char('|'), 0, 0),
                                       QJsonObject{{QStringLiteral("price"), 999}}, &error),
                     qint64(0));
            QCOMPARE(error, db->readOnlyReason());
            db.reset();
            // The CLI: status reads it (and says it is read-only), sync refuses with the store's
            // exit code.
            const CliRun status = runCli({QStringLiteral("status"), QStringLiteral("--db"), path});
            QCOMPARE(status.exitCode, int(ExitOk));
            QVERIFY2(status.err.contains(QLatin1String("is read-only")), qPrintable(status.err));
            const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--db"), path,
                                        QStringLiteral("--site"), m_site.address(),
                                        QStringLiteral("--token-env"), QStringLiteral("YT_TOKEN")},
                                       tokenEnvironment());
            QCOMPARE(sync.exitCode, int(ExitStore));
            QVERIFY2(sync.err.contains(QLatin1String("is read-only")), qPrintable(sync.err));
        }
        QCOMPARE(fileDigest(path), digest);
        QFile::setPermissions(dir.path(), kAll);
#endif
    }

private:
    // `yutang-cli status` and `sync` on the store at `path` exit with the store's code, say
    // `says`, and leave the file as it was.
    void cliRefusesUnchanged(const QString &path, const QByteArray &digest, const QString &says)
    {
        for (const QString &verb : {QStringLiteral("status"), QStringLiteral("sync")}) {
            QStringList args{verb, QStringLiteral("--db"), path};
            if (verb == QLatin1String("sync"))
                args << QStringLiteral("--site") << m_site.address()
                     << QStringLiteral("--token-env") << QStringLiteral("YT_TOKEN");
            const CliRun run = runCli(args, tokenEnvironment());
            QCOMPARE(run.exitCode, int(ExitStore));
            QVERIFY2(run.err.contains(says), qPrintable(run.err));
            QCOMPARE(fileDigest(path), digest);
        }
    }
    QString copyOfSynced(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!QFile::copy(m_synced, path))
            return {};
        QFile::setPermissions(path, kAll);
        return path;
    }
    QProcessEnvironment tokenEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("YT_TOKEN"), QString::fromLatin1(m_site.token()));
        return env;
    }

    SiteProcess m_site;
    QTemporaryDir m_dir;
    QString m_synced;
    QMap<QString, QStringList> m_rows;
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
