#include "OutboxTestSupport.h"
#include "SiteProcess.h"
#include "TempStore.h"
#include "core/Money.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/ProductTableModel.h"
#include "mainwindow/NewOrderNotifier.h"
#include "outbox/BulkEdit.h"
#include "outbox/Outbox.h"
#include "panes/orders/OrdersPane.h"
#include "panes/products/ProductsPane.h"
#include "panes/traffic/PaneExport.h"
#include "sync/OutboxBadge.h"
#include "sync/SyncController.h"
#include "widgets/TablePanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The products and orders panes (offscreen) over a store synced from a real yutang-site: an
// inline price edit goes through the outbox, can be undone, and is on the site after a sync.
class TestOutboxPanes : public QObject
{
    Q_OBJECT
private:
    int rowOf(ProductTableModel *model, const QString &id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->recordId(r) == id)
                return r;
        }
        return -1;
    }
    qint64 sitePrice(const QString &id) const
    {
        return json(m_site.adminGet(QStringLiteral("records/products/") + id))
            .value(QLatin1String("price"))
            .toInteger();
    }

    SiteProcess m_site;
    std::unique_ptr<TempStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        QVERIFY2(m_site.start({}, &error), qPrintable(error));
        m_store = std::make_unique<TempStore>();
        const SyncResult r = syncWithOutbox(m_store->db(), m_site.address(), m_site.token());
        QVERIFY2(r.status == SyncResult::Status::Ok, qPrintable(r.error));
    }

    // The badge in the status bar says when the outbox cannot be read, with the store's reason,
    // instead of hiding as if nothing waited.
    void badgeShowsAnUnreadableOutbox()
    {
        TempStore store;
        QSqlQuery q(store.db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_elsewhere")));
        OutboxBadge badge(store.db());
        QVERIFY(!badge.isHidden());
        QCOMPARE(badge.text(), QStringLiteral("Outbox unreadable"));
        QVERIFY2(badge.toolTip().contains(QLatin1String("outbox")), qPrintable(badge.toolTip()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox_elsewhere RENAME TO outbox")));
        badge.refresh();
        QVERIFY(badge.isHidden()); // empty outbox
        QVERIFY(badge.toolTip().isEmpty());
    }

    void inlinePriceEditReachesTheSiteAfterSync()
    {
        ProductsPane pane(m_store->db());
        pane.resize(1000, 600);
        pane.show();
        pane.reload();
        QTableView *view = pane.table()->view();
        const int row = rowOf(pane.model(), QStringLiteral("p_10"));
        QVERIFY(row >= 0);
        const QModelIndex price = view->model()->index(row, ProductTableModel::Price);
        const qint64 before = price.data(ItemRoles::RawValueRole).toLongLong();

        // Type into the table's own editor, as a person would.
        view->setCurrentIndex(price);
        view->edit(price);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), Money::toDecimal(before));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("123.45"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(Outbox(m_store->db()).size(), 1);
        const int edited = rowOf(pane.model(), QStringLiteral("p_10"));
        QCOMPARE(pane.model()
                     ->index(edited, ProductTableModel::Price)
                     .data(ItemRoles::RawValueRole)
                     .toLongLong(),
                 12345);
        QCOMPARE(pane.model()->index(edited, ProductTableModel::EditState).data().toString(),
                 QStringLiteral("Pending"));

        // Undo takes it back, redo queues it again.
        pane.undoStack()->undo();
        QCOMPARE(Outbox(m_store->db()).size(), 0);
        QCOMPARE(pane.model()
                     ->index(rowOf(pane.model(), QStringLiteral("p_10")), ProductTableModel::Price)
                     .data(ItemRoles::RawValueRole)
                     .toLongLong(),
                 before);
        pane.undoStack()->redo();
        QCOMPARE(Outbox(m_store->db()).size(), 1);

        SyncController controller(m_store->db());
        controller.setSite(m_site.address(), m_site.token());
        QSignalSpy finished(&controller, &SyncController::finished);
        controller.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<SyncResult>().status, SyncResult::Status::Ok);
        QCOMPARE(sitePrice(QStringLiteral("p_10")), 12345);
        QCOMPARE(Outbox(m_store->db()).size(), 0);
        pane.reload();
        const int synced = rowOf(pane.model(), QStringLiteral("p_10"));
        QVERIFY(
            pane.model()->index(synced, ProductTableModel::EditState).data().toString().isEmpty());
        QVERIFY(!pane.undoStack()->canUndo()); // pushed edits are no longer undoable
    }

    void bulkPriceCutIsOneUndoStep()
    {
        ProductsPane pane(m_store->db());
        pane.reload();
        const qint64 p11 =
            scalar(m_store->db(), QStringLiteral("SELECT price FROM products WHERE id = 'p_11'"))
                .toLongLong();
        const qint64 p12 =
            scalar(m_store->db(), QStringLiteral("SELECT price FROM products WHERE id = 'p_12'"))
                .toLongLong();
        BulkEdit edit;
        edit.kind = BulkEdit::Kind::AdjustPricePercent;
        edit.percent = -10;
        QString error;
        QCOMPARE(pane.applyBulk({QStringLiteral("p_11"), QStringLiteral("p_12")}, edit, &error), 2);
        QCOMPARE(
            scalar(m_store->db(), QStringLiteral("SELECT price FROM products WHERE id = 'p_11'"))
                .toLongLong(),
            qint64(std::llround(p11 * 0.9)));
        QCOMPARE(Outbox(m_store->db()).size(), 2);
        QCOMPARE(pane.undoStack()->count(), 1);
        // The pane's export writes exactly what the table shows, with the edited prices.
        const QString csv = QString::fromUtf8(PaneExport::csvOf(pane.table()->view()));
        QCOMPARE(csv.count(QLatin1Char('\n')), pane.model()->rowCount() + 1);
        QVERIFY(csv.contains(QStringLiteral("Product")));
        QVERIFY(csv.contains(Money::display(std::llround(p11 * 0.9))) ||
                csv.contains(Money::toDecimal(std::llround(p11 * 0.9))));
        pane.undoStack()->undo();
        QCOMPARE(Outbox(m_store->db()).size(), 0);
        QCOMPARE(
            scalar(m_store->db(), QStringLiteral("SELECT price FROM products WHERE id = 'p_12'"))
                .toLongLong(),
            p12);
    }

    void ordersPaneShipsFromAListAndShowsTheTimeline()
    {
        OrdersPane pane(m_store->db());
        pane.reload();
        QSqlQuery q(m_store->db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT number, id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 2")));
        QStringList numbers, ids;
        while (q.next()) {
            numbers << q.value(0).toString();
            ids << q.value(1).toString();
        }
        QCOMPARE(numbers.size(), 2);
        QStringList problems;
        const QString list =
            QStringLiteral("order,carrier,tracking\n%1,SF,SF1\n%2\tYTO\tYT2\nNOPE-1,SF,SF3\n")
                .arg(numbers.at(0), numbers.at(1));
        QCOMPARE(pane.shipList(list, &problems), 2);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("NOPE-1")));
        QCOMPARE(scalar(m_store->db(),
                        QStringLiteral(
                            "SELECT status || ' ' || tracking_number FROM orders WHERE id = '%1'")
                            .arg(ids.at(1)))
                     .toString(),
                 QStringLiteral("shipped YT2"));

        pane.model()->setFilterText(numbers.at(0));
        QCOMPARE(pane.model()->rowCount(), 1);
        QTableView *view = pane.findChild<QTableView *>(QStringLiteral("ordersView"));
        QVERIFY(view);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(pane.detail()->text().contains(QLatin1String("SF1")));
        QVERIFY(pane.detail()->text().contains(QLatin1String("your edit")));
        QCOMPARE(pane.model()->index(0, OrderTableModel::EditState).data().toString(),
                 QStringLiteral("Pending"));
    }

    void newPaidOrdersAreAnnouncedOnce()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("yutang-test-outbox"));
        NewOrderNotifier::setEnabled(true);
        NewOrderNotifier::setMinimumAmount(0);
        NewOrderNotifier notifier(m_store->db());
        QSignalSpy announced(&notifier, &NewOrderNotifier::announced);
        notifier.check(); // the first look only marks where the history ends
        QCOMPARE(announced.count(), 0);
        const qint64 last =
            scalar(m_store->db(),
                   QStringLiteral("SELECT MAX(paid_at) FROM orders WHERE status = 'paid'"))
                .toLongLong();
        QSqlQuery q(m_store->db().connection());
        QVERIFY(
            q.exec(QStringLiteral(
                       "UPDATE orders SET status = 'paid', paid_at = %1, total = 50000 WHERE id IN "
                       "(SELECT id FROM orders WHERE status <> 'paid' ORDER BY id LIMIT 2)")
                       .arg(last + 1000)));
        const int made = q.numRowsAffected();
        QVERIFY(made >= 1);
        NewOrderNotifier::setMinimumAmount(60000); // both are below ¥600.00
        notifier.check();
        QCOMPARE(announced.count(), 0);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE orders SET paid_at = paid_at + 1000 WHERE paid_at = %1")
                       .arg(last + 1000)));
        NewOrderNotifier::setMinimumAmount(0);
        notifier.check();
        QCOMPARE(announced.count(), 1);
        // Untranslated plurals read "order(s)"; the translation pass gives the real forms.
        QCOMPARE(announced.first().at(0).toString(),
                 QStringLiteral("%1 new paid order(s)").arg(made));
        QVERIFY(announced.first().at(1).toString().contains(Money::display(50000LL * made)));
        notifier.check(); // nothing new since
        QCOMPARE(announced.count(), 1);
        NewOrderNotifier::setMinimumAmount(0);
    }
};

QTEST_MAIN(TestOutboxPanes)
#include "tst_outboxpanes.moc"
