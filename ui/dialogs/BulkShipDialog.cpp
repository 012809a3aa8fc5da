#include "dialogs/BulkShipDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

BulkShipDialog::BulkShipDialog(QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkShipDialog"));
    setWindowTitle(tr("Ship orders from a list"));
    m_edit->setPlaceholderText(tr("One order per line: order number, carrier, tracking number\n"
                                  "YT20261124-0042,SF,SF1234567890"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("Import CSV…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(import, &QPushButton::clicked, this, &BulkShipDialog::importFile);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &BulkShipDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkShipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkShipDialog::reject);
    resize(560, 360);
}

QString BulkShipDialog::text() const
{
    return m_edit->toPlainText();
}

void BulkShipDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void BulkShipDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import shipments"), {},
                                                      tr("CSV files (*.csv *.txt)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    // Spreadsheets in China often save GB18030: try UTF-8 first, fall back when it is not valid.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QStringDecoder("GB18030").decode(bytes);
    m_edit->setPlainText(text);
}

void BulkShipDialog::updateSummary()
{
    const BulkShipList parsed = list();
    QString summary = tr("%n order(s) to ship.", nullptr, int(parsed.lines.size()));
    if (!parsed.problems.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("Skipped: %1").arg(parsed.problems.join(QStringLiteral("; ")));
    m_summary->setText(summary);
}
