#include "ui/enterprises/EnterpriseImportFilePage.h"

#include "core/enterprises/EnterpriseColumnMapping.h"
#include "core/enterprises/EnterpriseImportRun.h"
#include "sheets/SpreadsheetReader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gridsafe {

namespace {

struct SheetRead
{
    SheetData sheet;
    QString checksum;
};

} // namespace

EnterpriseImportFilePage::EnterpriseImportFilePage(QWidget *parent) :
    QWidget(parent),
    m_pathEdit(new QLineEdit(this)),
    m_chooseButton(new QPushButton(tr("&Choose file…"), this)),
    m_progress(new QProgressBar(this)),
    m_stopButton(new QPushButton(tr("&Stop reading"), this)),
    m_infoLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    auto *intro =
        new QLabel(tr("Choose the enterprise list: an Excel workbook (.xlsx) or a CSV file as Excel or "
                      "WPS saves it. The first sheet is read; its header row names the columns."),
                   this);
    intro->setWordWrap(true);
    m_pathEdit->setObjectName(QStringLiteral("importPathEdit"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("No file chosen"));
    m_chooseButton->setObjectName(QStringLiteral("importChooseButton"));
    setFocusProxy(m_chooseButton); // the page opens ready to choose a file
    m_progress->setObjectName(QStringLiteral("importReadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_stopButton->setObjectName(QStringLiteral("importStopReadingButton"));
    m_infoLabel->setObjectName(QStringLiteral("importFileInfoLabel"));
    m_infoLabel->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("importFileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_chooseButton, &QPushButton::clicked, this, &EnterpriseImportFilePage::choose);
    connect(m_stopButton, &QPushButton::clicked, this, &EnterpriseImportFilePage::stopReading);
    connect(m_poll, &QTimer::timeout, this, &EnterpriseImportFilePage::showProgress);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    m_progress->hide();
    m_stopButton->hide();
    m_errorLabel->hide();
}

EnterpriseImportFilePage::~EnterpriseImportFilePage()
{
    if (m_reading)
        m_reading->stop = true;
}

void EnterpriseImportFilePage::choose()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the enterprise list"), start,
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        read(path);
}

void EnterpriseImportFilePage::read(const QString &path)
{
    if (m_reading)
        m_reading->stop = true; // its result is dropped: m_reading no longer points to it
    auto reading = std::make_shared<Reading>();
    m_reading = reading;
    m_hasSheet = false;
    m_sheet = {};
    m_checksum.clear();
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_infoLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_errorLabel->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_stopButton->show();
    m_stopButton->setFocus();
    m_poll->start(100);
    Q_EMIT stateChanged();

    auto *watcher = new QFutureWatcher<Result<SheetRead>>(this);
    connect(watcher, &QFutureWatcher<Result<SheetRead>>::finished, this, [this, watcher, reading] {
        watcher->deleteLater();
        if (m_reading != reading)
            return; // another file was chosen meanwhile
        m_reading.reset();
        m_poll->stop();
        m_progress->hide();
        m_stopButton->hide();
        const Result<SheetRead> result = watcher->result();
        if (!result) {
            m_infoLabel->clear();
            showError(result.error().code == ErrorCode::Cancelled
                          ? tr("Reading stopped. Choose the file again.")
                          : result.error().message);
            m_chooseButton->setFocus();
            Q_EMIT stateChanged();
            return;
        }
        m_sheet = result->sheet;
        m_checksum = result->checksum;
        m_hasSheet = true;
        const EnterpriseColumnMapping mapping = EnterpriseColumnMapping::forSheet(m_sheet);
        const int rows = int(std::max<qsizetype>(0, m_sheet.rows.size() - mapping.headerRow() - 1));
        const QString where = m_sheet.encoding.isEmpty()
                                  ? tr("Sheet \"%1\"").arg(m_sheet.sheetName)
                                  : tr("Text in the %1 encoding").arg(m_sheet.encoding);
        m_infoLabel->setText(tr("%1: %n row(s) below the header on row %2.", nullptr, rows)
                                 .arg(where)
                                 .arg(mapping.headerRow() + 1));
        Q_EMIT stateChanged();
    });
    watcher->setFuture(QtConcurrent::run([path, reading]() -> Result<SheetRead> {
        auto sheet = SpreadsheetReader::read(path, [reading](qint64 done, qint64 total) {
            reading->done = done;
            reading->total = std::max<qint64>(1, total);
            return !reading->stop;
        });
        if (!sheet)
            return sheet.error();
        auto checksum = EnterpriseImportRun::fileChecksum(path);
        if (!checksum)
            return checksum.error();
        return SheetRead{std::move(sheet).value(), checksum.value()};
    }));
}

void EnterpriseImportFilePage::stopReading()
{
    if (m_reading)
        m_reading->stop = true;
}

void EnterpriseImportFilePage::showProgress()
{
    if (m_reading)
        m_progress->setValue(int(1000 * m_reading->done / std::max<qint64>(1, m_reading->total)));
}

void EnterpriseImportFilePage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace gridsafe
