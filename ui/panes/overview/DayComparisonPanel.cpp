#include "panes/overview/DayComparisonPanel.h"

#include "core/Money.h"
#include "itemmodels/OverviewModel.h"
#include "itemmodels/PartialDay.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace {

QString change(double now, double then)
{
    if (then == 0)
        return now == 0 ? QStringLiteral("±0") : QStringLiteral("—");
    const double pct = (now - then) / then * 100.0;
    return (pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(pct, 'f', 1) +
           QLatin1Char('%');
}

} // namespace

DayComparisonPanel::DayComparisonPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_model(new OverviewModel(db, this)), m_grid(new QGridLayout(this))
{
    m_model->setComparisonDays(7);
    setObjectName(QStringLiteral("overviewDayComparison"));
    setAccessibleName(tr("Today and yesterday"));
    setAccessibleDescription(
        tr("Each figure with its change against the same weekday a week earlier"));
    const QStringList figures = {tr("Sessions"), tr("Paid orders"), tr("Revenue"),
                                 tr("Conversion")};
    for (int f = 0; f < figures.size(); ++f) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(figures.at(f)), this);
        header->setToolTip(tr("The change is against the same weekday a week earlier"));
        m_grid->addWidget(header, 0, 1 + 2 * f, 1, 2);
    }
    for (int r = 0; r < 2; ++r) {
        auto *rowTitle = new QLabel(this);
        rowTitle->setObjectName(QStringLiteral("dayComparisonRow_%1").arg(r));
        m_grid->addWidget(rowTitle, 1 + r, 0);
        m_rowTitles << rowTitle;
        QList<QLabel *> cells;
        for (int c = 0; c < 8; ++c) {
            auto *label = new QLabel(this);
            label->setObjectName(QStringLiteral("dayComparison_%1_%2").arg(r).arg(c));
            m_grid->addWidget(label, 1 + r, 1 + c);
            cells << label;
        }
        m_cells << cells;
    }
    m_grid->setColumnStretch(9, 1);
}

void DayComparisonPanel::reload(QDate today)
{
    if (!today.isValid()) {
        m_model->reload(); // loads the shop (its zone) first
        today = m_model->shop().calendar().today();
    }
    // Model rows: 0 yesterday, 1 today; each with the same weekday a week earlier (today's until
    // the same time of day, when today is the shop's today and so not over).
    m_model->setDateRange(DateRange(today.addDays(-1), today));
    m_model->reload();
    showDay(0, 1);
    showDay(1, 0);
}

void DayComparisonPanel::showDay(int row, int modelRow)
{
    const OverviewModel::Figures now = m_model->figuresOn(modelRow);
    const OverviewModel::Figures then = m_model->comparisonOn(modelRow);
    const bool partial = m_model->isPartial(modelRow);
    const QDateTime until = m_model->partialUntil();
    QLabel *title = m_rowTitles.at(row);
    const QString name =
        row == 0 ? (partial ? PartialDay::soFar(until) : tr("Today")) : tr("Yesterday");
    title->setText(QStringLiteral("<b>%1</b>").arg(name));
    title->setToolTip(partial ? PartialDay::explanation(until) : QString());
    const QString thenTip = partial ? tr("Same weekday a week earlier, until %1: %2")
                                          .arg(until.time().toString(QStringLiteral("HH:mm")))
                                    : tr("Same weekday a week earlier: %1");
    const QLocale locale;
    const QString currency = m_model->shop().currency;
    const QString values[] = {locale.toString(now.sessions), locale.toString(now.paidOrders),
                              Money::display(now.revenue, currency),
                              locale.toString(now.conversion() * 100.0, 'f', 2) + QLatin1Char('%')};
    const QString changes[] = {change(double(now.sessions), double(then.sessions)),
                               change(double(now.paidOrders), double(then.paidOrders)),
                               change(double(now.revenue), double(then.revenue)),
                               // no sessions (yet): no conversion to compare
                               now.sessions == 0 ? QStringLiteral("—")
                                                 : change(now.conversion(), then.conversion())};
    const QString thenText[] = {locale.toString(then.sessions), locale.toString(then.paidOrders),
                                Money::display(then.revenue, currency),
                                locale.toString(then.conversion() * 100.0, 'f', 2) +
                                    QLatin1Char('%')};
    const ShopInfo &shop = m_model->shop();
    const bool visits = shop.capabilities().visits;
    const QString why =
        tr("%1 records the visit behind each order, not every visit: visits and conversion rates "
           "are not available for this shop.")
            .arg(shop.kindDisplayName());
    for (int f = 0; f < 4; ++f) {
        const bool perVisit = f == 0 || f == 3; // sessions, conversion
        if (perVisit && !visits) {
            m_cells[row][2 * f]->setText(QStringLiteral("—"));
            m_cells[row][2 * f]->setToolTip(why);
            m_cells[row][2 * f + 1]->clear();
            m_cells[row][2 * f + 1]->setToolTip(QString());
            continue;
        }
        m_cells[row][2 * f]->setText(values[f]);
        m_cells[row][2 * f]->setToolTip(QString());
        m_cells[row][2 * f + 1]->setText(changes[f]);
        m_cells[row][2 * f + 1]->setToolTip(thenTip.arg(thenText[f]));
    }
}

QString DayComparisonPanel::cellText(int row, int column) const
{
    return m_cells.value(row).value(column) ? m_cells[row][column]->text() : QString();
}
