#include "ui/enterprises/EnterpriseImportMappingPage.h"

#include "domain/EnterpriseImportFields.h"

#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridsafe {

namespace {

const char kColumnProperty[] = "importColumn";

} // namespace

EnterpriseImportMappingPage::EnterpriseImportMappingPage(QWidget *parent) :
    QWidget(parent),
    m_table(new QTableWidget(this)),
    m_missingLabel(new QLabel(this)),
    m_notesLabel(new QLabel(this)),
    m_messageLabel(new QLabel(this)),
    m_fields(enterpriseImportFields())
{
    setObjectName(QStringLiteral("importMappingPage"));
    auto *intro = new QLabel(tr("Check what each column of the file holds. The columns were matched by their "
                                "titles; choose another field where a match is wrong, or \"Not imported\"."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setColumnCount(ColumnCount);
    //: 列
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Title in the file"), tr("First values"),
                                        //: 导入为
                                        tr("Import as")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Tab goes from one choice to the next, not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(Letter, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Sample, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::Interactive);
    m_table->setColumnWidth(Title, 180);
    m_table->setColumnWidth(Field, 220);
    m_missingLabel->setObjectName(QStringLiteral("importMissingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_notesLabel->setObjectName(QStringLiteral("importNotesLabel"));
    m_notesLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("importMappingMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_messageLabel->hide();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { scrollToFocused(now); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_messageLabel);
}

void EnterpriseImportMappingPage::setSheet(const SheetData &sheet)
{
    m_mapping = EnterpriseColumnMapping::forSheet(sheet);
    m_table->clearContents();
    m_table->setRowCount(m_mapping.columnCount());
    const QStringList required = requiredEnterpriseImportFields();
    QWidget *previous = m_table;
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        m_table->setItem(column, Letter, new QTableWidgetItem(EnterpriseColumnMapping::columnName(column)));
        const QString title = m_mapping.title(column);
        auto *titleItem = new QTableWidgetItem(title.isEmpty() ? tr("(no title)") : title);
        m_table->setItem(column, Title, titleItem);
        const QString samples = m_mapping.samples(sheet, column).join(QStringLiteral(" / "));
        auto *sampleItem = new QTableWidgetItem(samples);
        sampleItem->setToolTip(samples);
        m_table->setItem(column, Sample, sampleItem);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(column));
        combo->setProperty(kColumnProperty, column);
        //: 不导入
        combo->addItem(tr("Not imported"), QString());
        for (const QString &field : std::as_const(m_fields)) {
            const QString label = enterpriseImportFieldLabel(field);
            combo->addItem(required.contains(field) ? tr("%1 (required)").arg(label) : label, field);
        }
        combo->setAccessibleName(
            tr("Column %1 (%2) is imported as").arg(EnterpriseColumnMapping::columnName(column), title));
        m_table->setCellWidget(column, Field, combo);
        connect(combo, &QComboBox::activated, this, [this, column](int index) { choose(column, index); });
        // Widgets made now would come after the dialog's buttons in the Tab order.
        QWidget::setTabOrder(previous, combo);
        previous = combo;
    }
    showMapping();
}

QComboBox *EnterpriseImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, Field));
}

void EnterpriseImportMappingPage::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void EnterpriseImportMappingPage::choose(int column, int comboIndex)
{
    const QComboBox *combo = fieldCombo(column);
    if (!combo)
        return;
    if (Status set = m_mapping.setField(column, combo->itemData(comboIndex).toString()); !set)
        qWarning() << set.error().message;
    showMapping();
    Q_EMIT mappingChanged();
}

void EnterpriseImportMappingPage::showMapping()
{
    for (int column = 0; column < m_mapping.columnCount(); ++column) {
        QComboBox *combo = fieldCombo(column);
        if (!combo)
            continue;
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.field(column))));
    }
    QStringList missing;
    for (const QString &field : m_mapping.missingRequired())
        missing.append(enterpriseImportFieldLabel(field));
    //: 缺少必填列：
    m_missingLabel->setText(
        missing.isEmpty()
            ? QString()
            : tr("No column gives: %1. Choose the columns that hold them.").arg(missing.join(tr(", "))));
    m_missingLabel->setVisible(!missing.isEmpty());
    m_notesLabel->setText(m_mapping.notes().join(QLatin1Char('\n')));
    m_notesLabel->setVisible(!m_mapping.notes().isEmpty());
}

void EnterpriseImportMappingPage::scrollToFocused(QWidget *now)
{
    if (!now || !now->property(kColumnProperty).isValid() || !m_table->isAncestorOf(now))
        return;
    const int column = now->property(kColumnProperty).toInt();
    m_table->scrollTo(m_table->model()->index(column, Field));
}

} // namespace gridsafe
