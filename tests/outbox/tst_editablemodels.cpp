#include "FixtureStore.h"
#include "ModelCheck.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OrderTableModel.h"
#include "itemmodels/OutboxModel.h"
#include "itemmodels/ProductTableModel.h"
#include "outbox/EditRules.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>
#include <QTest>

// The products and orders tables as the panes use them: filters in SQL, inline edits into the
// outbox with their badge, and the outbox view. Runs on both backends (tst_editablemodels,
// tst_editablemodels_pg).
class TestEditableModels : public QObject
{
    Q_OBJECT
private:
    static QStringList strings(const char *commaSeparated)
    {
        return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
    }
    static QStringList column(const QAbstractItemModel &m, int col)
    {
        QStringList values;
        for (int r = 0; r < m.rowCount(); ++r)
            values << m.index(r, col).data(ItemRoles::RawValueRole).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        YUTANG_REQUIRE_TEST_BACKEND();
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void productFilters()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        ProductTableModel model(store.db());
        model.sort(ProductTableModel::Price, Qt::AscendingOrder);
        QCOMPARE(column(model, ProductTableModel::Price), strings("12800,19900,36800"));
        model.setStatusFilter(QStringLiteral("active"));
        QCOMPARE(column(model, ProductTableModel::Sku), strings("XZ-100,LJ-250"));
        model.setCategoryFilter(QStringLiteral("绿茶"));
        QCOMPARE(column(model, ProductTableModel::Sku), strings("LJ-250"));
        model.setCategoryFilter({});
        model.setStatusFilter({});
        model.setLowStockThreshold(10); // p2 has 10, p3 has 3
        QCOMPARE(column(model, ProductTableModel::Sku), strings("XZ-100,YZ-050"));
        QCOMPARE(model.totalRowCount(), 2);
        QCOMPARE(model.categories(), strings("白茶,红茶,绿茶"));
        ModelCheck::run(&model);
    }

    void inlineEditGoesToTheOutbox()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        ProductTableModel model(store.db());
        model.sort(ProductTableModel::Price, Qt::AscendingOrder);
        const QModelIndex price = model.index(1, ProductTableModel::Price); // p1, 199.00
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("199.00"));
        QVERIFY(model.index(1, ProductTableModel::EditState).data().toString().isEmpty());
        QVERIFY(model.setData(price, QStringLiteral("188.5")));
        const int row =
            int(column(model, ProductTableModel::Sku).indexOf(QStringLiteral("LJ-250")));
        QCOMPARE(
            model.index(row, ProductTableModel::Price).data(ItemRoles::RawValueRole).toLongLong(),
            18850);
        QCOMPARE(model.index(row, ProductTableModel::EditState).data().toString(),
                 QStringLiteral("Pending"));
        QCOMPARE(
            model.index(row, ProductTableModel::EditState).data(ItemRoles::ExportRole).toString(),
            QStringLiteral("pending"));
        QCOMPARE(
            model.headerData(ProductTableModel::EditState, Qt::Horizontal, ItemRoles::ColumnKeyRole)
                .toString(),
            QStringLiteral("edit_state"));
        const QList<OutboxEntry> entries = Outbox(store.db()).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().fields, (QJsonObject{{QStringLiteral("price"), 18850}}));

        QSignalSpy failed(&model, &ProductTableModel::editFailed);
        QVERIFY(!model.setData(model.index(row, ProductTableModel::Price), QStringLiteral("-1")));
        QVERIFY(!model.setData(model.index(row, ProductTableModel::Stock), QStringLiteral("2.5")));
        QVERIFY(!model.setData(model.index(row, ProductTableModel::Sku), QStringLiteral("X")));
        QCOMPARE(failed.count(), 2); // the SKU is simply not editable
        QCOMPARE(Outbox(store.db()).size(), 1);
        ModelCheck::run(&model);

        OutboxModel outbox(store.db());
        outbox.reload();
        QCOMPARE(outbox.rowCount(), 1);
        QCOMPARE(outbox.index(0, OutboxModel::Record).data().toString(),
                 QStringLiteral("Product 明前龙井 250g"));
        QCOMPARE(outbox.index(0, OutboxModel::Change).data().toString(),
                 QStringLiteral("price 199.00 → 188.50"));
        QCOMPARE(outbox.index(0, OutboxModel::State).data(ItemRoles::ExportRole).toString(),
                 QStringLiteral("pending"));
        ModelCheck::run(&outbox);
    }

    void orderFiltersAndBadges()
    {
        FixtureStore store;
        QVERIFY2(store.isValid(), qPrintable(store.error()));
        OrderTableModel model(store.db());
        model.sort(OrderTableModel::Total, Qt::DescendingOrder);
        model.setStatusFilter(QStringLiteral("paid"));
        QCOMPARE(column(model, OrderTableModel::Number), strings("YT-0001"));
        model.setStatusFilter({});
        model.setCustomerFilter(QStringLiteral("c1"));
        QCOMPARE(column(model, OrderTableModel::Number), strings("YT-0004"));
        model.setCustomerFilter({});
        model.setFilterText(QStringLiteral("SF12345"));
        QCOMPARE(column(model, OrderTableModel::Number), strings("YT-0003"));
        model.setFilterText({});

        QString error;
        QVERIFY(Outbox(store.db())
                    .queue(Collection::Orders, QStringLiteral("o1"),
                           EditRules::shipFields(QStringLiteral("ZTO"), QStringLiteral("ZT77")),
                           &error));
        model.reload();
        QCOMPARE(model.index(0, OrderTableModel::Number).data().toString(),
                 QStringLiteral("YT-0001"));
        QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(),
                 QStringLiteral("Shipped"));
        QCOMPARE(model.index(0, OrderTableModel::Shipping).data().toString(),
                 QStringLiteral("ZTO ZT77"));
        QCOMPARE(model.index(0, OrderTableModel::EditState).data().toString(),
                 QStringLiteral("Pending"));
        QVERIFY(model.index(1, OrderTableModel::EditState).data().toString().isEmpty());
        ModelCheck::run(&model);
    }
};

QTEST_MAIN(TestEditableModels)
#include "tst_editablemodels.moc"
