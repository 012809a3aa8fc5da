#include "ReferralFixture.h"
#include "TempStore.h"
#include "itemmodels/AuditFindingTableModel.h"
#include "itemmodels/CommissionTableModel.h"
#include "itemmodels/CommissionTotalsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReferralAnomalyTableModel.h"
#include "itemmodels/ReferralTreeModel.h"
#include "panes/referrals/AnomaliesTab.h"
#include "panes/referrals/AuditTab.h"
#include "panes/referrals/CommissionLedgerTab.h"
#include "panes/referrals/ReferralTreeLoader.h"
#include "panes/referrals/ReferralTreeTab.h"
#include "panes/referrals/ReferralsPane.h"

#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

// The referrals pane over the fixture shop, driven through its widgets (offscreen platform).
class TestReferralsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void searchRevealStatementAuditAnomalies()
    {
        TempStore store;
        QString error;
        QVERIFY2(ReferralFixture::fill(store.db(), &error), qPrintable(error));
        ReferralsPane pane(store.db());
        pane.reload();
        pane.resize(1000, 700);
        pane.show();
        auto *view = pane.findChild<QTreeView *>(QStringLiteral("referralsView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);

        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("referralsSearch"));
        search->setText(QStringLiteral("nick-e"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(pane.treeTab()->currentMember(), QStringLiteral("e"));
        const QString crumb = pane.treeTab()->breadcrumbText();
        QVERIFY(crumb.contains(QStringLiteral("<a href=\"a\">nick-a</a>")));
        QVERIFY(crumb.contains(QStringLiteral("<b>nick-e</b>")));
        QVERIFY(view->isExpanded(view->currentIndex().parent()));

        Q_EMIT pane.treeTab()->statementRequested(QStringLiteral("b"));
        QCOMPARE(pane.findChild<QTabWidget *>(QStringLiteral("referralsTabs"))->currentWidget(),
                 pane.ledgerTab());
        QCOMPARE(pane.commissionModel()->beneficiary(), QStringLiteral("b"));
        QCOMPARE(pane.ledgerTab()->totals()->amount(CommissionTotalsModel::All), 899);

        pane.findChild<QTabWidget *>(QStringLiteral("referralsTabs"))
            ->setCurrentWidget(pane.auditTab());
        // The audit runs on a worker thread when the tab is shown; the window stays responsive.
        QVERIFY(pane.auditTab()->isRunning());
        auto *runButton = pane.auditTab()->findChild<QPushButton *>(QStringLiteral("auditRunButton"));
        QVERIFY(!runButton->isEnabled());
        QSignalSpy audited(pane.auditTab(), &AuditTab::auditFinished);
        QVERIFY(audited.wait(10000));
        QVERIFY(runButton->isEnabled());
        QCOMPARE(pane.auditTab()->model()->rowCount(), 0);
        QCOMPARE(pane.auditTab()->findChild<QLabel *>(QStringLiteral("auditSummary"))->text(),
                 pane.auditTab()->summary());
        QVERIFY(pane.auditTab()->summary().contains(QLatin1String("every commission")));
        QCOMPARE(pane.anomaliesTab()->model()->rowCount(), 4);
        Q_EMIT pane.anomaliesTab()->memberActivated(QStringLiteral("y"));
        QCOMPARE(pane.treeTab()->currentMember(), QStringLiteral("y"));
    }

    void bigStoresLoadOnAWorkerThread()
    {
        TempStore store;
        const int n = ReferralTreeLoader::kBackgroundFrom;
        QVariantList ids, nicknames, registered, referrers;
        for (int i = 1; i <= n; ++i) { // a binary tree: m_i was invited by m_(i/2)
            ids << QStringLiteral("m_%1").arg(i);
            nicknames << QStringLiteral("nick-m_%1").arg(i);
            registered << qint64(i);
            referrers << (i == 1 ? QVariant(QMetaType(QMetaType::QString))
                                 : QVariant(QStringLiteral("m_%1").arg(i / 2)));
        }
        QSqlDatabase conn = store.db().connection();
        conn.transaction();
        QSqlQuery insert(conn);
        insert.prepare(QStringLiteral(
            "INSERT INTO customers (id, nickname, registered_at, referrer_id, wechat_followed, "
            "updated_at) VALUES (?, ?, ?, ?, 0, 0)"));
        for (const QVariantList &column : {ids, nicknames, registered, referrers})
            insert.addBindValue(column);
        QVERIFY(insert.execBatch());
        QVERIFY(conn.commit());
        ReferralTreeModel model(store.db());
        ReferralTreeLoader loader(store.db(), &model);
        loader.load(DateRange());
        QVERIFY(loader.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing yet: the window stays responsive
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 20000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ReferralTreeModel::TeamSize).data(ItemRoles::RawValueRole).toInt(),
                 n - 1);
        QCOMPARE(
            model.index(0, ReferralTreeModel::Level3Members).data(ItemRoles::RawValueRole).toInt(),
            8);
    }
};

QTEST_MAIN(TestReferralsPane)
#include "tst_referralspane.moc"
