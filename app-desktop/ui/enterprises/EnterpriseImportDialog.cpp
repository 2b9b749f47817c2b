#include "ui/enterprises/EnterpriseImportDialog.h"

#include "core/ClientSession.h"
#include "core/enterprises/EnterpriseColumnMapping.h"
#include "core/enterprises/EnterpriseImportSummary.h"
#include "ui/enterprises/EnterpriseImportFilePage.h"
#include "ui/enterprises/EnterpriseImportMappingPage.h"
#include "ui/enterprises/EnterpriseImportReportPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gridsafe {

EnterpriseImportDialog::EnterpriseImportDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_run(new EnterpriseImportRun(session, this)),
    m_pages(new QStackedWidget(this)),
    m_filePage(new EnterpriseImportFilePage(this)),
    m_mappingPage(new EnterpriseImportMappingPage(this)),
    m_reportPage(new EnterpriseImportReportPage(this)),
    m_resultLabel(new QLabel(this)),
    m_backButton(new QPushButton(tr("< &Back"), this)),
    m_nextButton(new QPushButton(this)),
    m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("enterpriseImportDialog"));
    //: 导入企业名录
    setWindowTitle(tr("Import enterprise list"));
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setContentsMargins(9, 9, 9, 9); // as the other pages' layouts
    m_backButton->setObjectName(QStringLiteral("importBackButton"));
    m_nextButton->setObjectName(QStringLiteral("importNextButton"));
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_nextButton->setDefault(true);
    m_pages->addWidget(m_filePage);
    m_pages->addWidget(m_mappingPage);
    m_pages->addWidget(buildWorkingPage());
    m_pages->addWidget(m_reportPage);
    m_pages->addWidget(m_resultLabel);

    connect(m_filePage, &EnterpriseImportFilePage::stateChanged, this, [this] {
        if (m_filePage->hasSheet())
            m_mappingPage->setSheet(m_filePage->sheet());
        updateButtons();
        if (m_filePage->hasSheet())
            m_nextButton->setFocus();
    });
    connect(m_mappingPage, &EnterpriseImportMappingPage::mappingChanged, this,
            &EnterpriseImportDialog::updateButtons);
    connect(m_backButton, &QPushButton::clicked, this, &EnterpriseImportDialog::back);
    connect(m_nextButton, &QPushButton::clicked, this, &EnterpriseImportDialog::next);
    connect(m_cancelButton, &QPushButton::clicked, this, &EnterpriseImportDialog::cancelPressed);
    connect(m_run, &EnterpriseImportRun::progress, this, &EnterpriseImportDialog::onProgress);
    connect(m_run, &EnterpriseImportRun::waitingForLink, this, &EnterpriseImportDialog::showLinkState);
    connect(m_run, &EnterpriseImportRun::checked, this, &EnterpriseImportDialog::onChecked);
    connect(m_run, &EnterpriseImportRun::failed, this, &EnterpriseImportDialog::onFailed);
    connect(m_run, &EnterpriseImportRun::committed, this, &EnterpriseImportDialog::onCommitted);
    connect(&m_session, &ClientSession::linkStateChanged, this, [this] {
        showLinkState();
        updateButtons();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    // Fits a 1366×768 screen with the taskbar and the window's frame.
    resize(880, 580);
    setMinimumSize(600, 420);
    goTo(Page::File);
    m_filePage->setFocus();
}

EnterpriseImportDialog::~EnterpriseImportDialog() = default;

QWidget *EnterpriseImportDialog::buildWorkingPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("importWorkingPage"));
    m_workLabel = new QLabel(page);
    m_workLabel->setObjectName(QStringLiteral("importWorkLabel"));
    m_workLabel->setWordWrap(true);
    m_workBar = new QProgressBar(page);
    m_workBar->setObjectName(QStringLiteral("importWorkProgress"));
    m_linkLabel = new QLabel(page);
    m_linkLabel->setObjectName(QStringLiteral("importLinkLabel"));
    m_linkLabel->setWordWrap(true);
    m_linkLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_linkLabel->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_workLabel);
    layout->addWidget(m_workBar);
    layout->addWidget(m_linkLabel);
    layout->addStretch(2);
    return page;
}

void EnterpriseImportDialog::readFile(const QString &path)
{
    goTo(Page::File);
    m_filePage->read(path);
}

EnterpriseImportDialog::Page EnterpriseImportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString EnterpriseImportDialog::commitCommandId() const
{
    return m_run->state() == EnterpriseImportRun::State::Committing ? m_run->commitCommandId() : QString();
}

bool EnterpriseImportDialog::isOnline() const
{
    return m_session.linkState() == ClientSession::LinkState::Online;
}

void EnterpriseImportDialog::goTo(Page page)
{
    m_pages->setCurrentIndex(int(page));
    updateButtons();
    showLinkState();
}

void EnterpriseImportDialog::updateButtons()
{
    const Page now = page();
    const EnterpriseImportRun::State state = m_run->state();
    m_backButton->setVisible(now == Page::Mapping || now == Page::Report);
    m_nextButton->setVisible(now == Page::File || now == Page::Mapping
                             || (now == Page::Report && state == EnterpriseImportRun::State::Checked));
    //: 取消
    m_cancelButton->setText(tr("Cancel"));
    switch (now) {
    case Page::File:
        m_nextButton->setText(tr("&Next >"));
        m_nextButton->setEnabled(m_filePage->hasSheet() && !m_filePage->isReading());
        break;
    case Page::Mapping:
        //: 开始检查
        m_nextButton->setText(tr("&Check"));
        m_nextButton->setEnabled(m_mappingPage->isComplete() && isOnline());
        break;
    case Page::Working:
        //: 停止
        if (state != EnterpriseImportRun::State::Committing)
            m_cancelButton->setText(tr("&Stop"));
        else
            m_cancelButton->setText(tr("Close"));
        break;
    case Page::Report: {
        const int valid = EnterpriseImportSummary::fromMap(m_run->summary()).valid();
        //: 导入有效记录（N 行）
        m_nextButton->setText(tr("&Import valid rows (%1)").arg(valid));
        m_nextButton->setEnabled(valid > 0);
        break;
    }
    case Page::Result:
        m_cancelButton->setText(tr("Close"));
        break;
    }
    // Enter presses what moves the import on; on the last page, Close.
    m_nextButton->setDefault(m_nextButton->isVisible());
    m_cancelButton->setDefault(now == Page::Result);
}

void EnterpriseImportDialog::showLinkState()
{
    const bool online = isOnline();
    if (page() == Page::Mapping) {
        if (!online) {
            m_mappingPage->setMessage(
                tr("The import needs the server, and it cannot be reached now. Nothing is "
                   "lost: the file stays chosen; check it when the link is back."));
            m_offlineShown = true;
        } else if (m_offlineShown) {
            m_mappingPage->setMessage({});
            m_offlineShown = false;
        }
    }
    if (!m_linkLabel)
        return;
    QString text;
    const EnterpriseImportRun::State state = m_run->state();
    if (state == EnterpriseImportRun::State::Staging && !online)
        text = tr("The link to the server is down. The upload goes on from where it stopped once the link is "
                  "back.");
    else if (state == EnterpriseImportRun::State::Committing && !online)
        text =
            tr("The import waits for the server and goes when the link is back. You may close this window; "
               "the enterprises will appear in the register.");
    m_linkLabel->setText(text);
    m_linkLabel->setVisible(!text.isEmpty());
}

void EnterpriseImportDialog::next()
{
    switch (page()) {
    case Page::File:
        if (m_filePage->hasSheet() && !m_filePage->isReading()) {
            goTo(Page::Mapping);
            if (QWidget *first = m_mappingPage->fieldCombo(0))
                first->setFocus();
        }
        return;
    case Page::Mapping:
        startCheck();
        return;
    case Page::Report:
        if (m_run->state() != EnterpriseImportRun::State::Checked)
            return;
        m_run->commit();
        if (m_run->state() == EnterpriseImportRun::State::Committing) {
            m_workLabel->setText(tr("Importing the valid rows…"));
            m_workBar->setRange(0, 0);
            goTo(Page::Working);
        }
        return;
    case Page::Working:
    case Page::Result:
        return;
    }
}

void EnterpriseImportDialog::back()
{
    if (page() == Page::Mapping) {
        goTo(Page::File);
        return;
    }
    if (page() == Page::Report) {
        stopRun(); // the staged rows go; a new check stages them again
        goTo(Page::Mapping);
    }
}

void EnterpriseImportDialog::cancelPressed()
{
    if (page() == Page::Working && m_run->state() != EnterpriseImportRun::State::Committing) {
        stopRun();
        m_mappingPage->setMessage(tr("The upload was stopped; nothing has changed."));
        goTo(Page::Mapping);
        return;
    }
    reject();
}

void EnterpriseImportDialog::reject()
{
    m_filePage->stopReading();
    stopRun();
    QDialog::reject();
}

void EnterpriseImportDialog::stopRun()
{
    ++m_prepareGeneration;
    const EnterpriseImportRun::State state = m_run->state();
    if (state == EnterpriseImportRun::State::Staging || state == EnterpriseImportRun::State::Checked
        || state == EnterpriseImportRun::State::Failed)
        m_run->cancel();
}

void EnterpriseImportDialog::startCheck()
{
    if (!m_mappingPage->isComplete() || !m_filePage->hasSheet())
        return;
    if (!isOnline()) {
        showLinkState();
        return;
    }
    m_mappingPage->setMessage({});
    m_offlineShown = false;
    m_workLabel->setText(tr("Preparing the rows…"));
    m_workBar->setRange(0, 0);
    goTo(Page::Working);
    m_cancelButton->setFocus();
    // A hundred thousand rows take a moment to gather: not on the window's thread.
    const quint64 generation = ++m_prepareGeneration;
    auto *watcher = new QFutureWatcher<QList<QCborMap>>(this);
    connect(watcher, &QFutureWatcher<QList<QCborMap>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_prepareGeneration)
            return; // stopped meanwhile
        m_run->start(QFileInfo(m_filePage->path()).fileName(), m_filePage->checksum(), watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([mapping = m_mappingPage->mapping(), sheet = m_filePage->sheet()] {
        return mapping.rowsFor(sheet);
    }));
}

void EnterpriseImportDialog::onProgress(EnterpriseImportRun::Stage stage, qint64 done, qint64 total)
{
    switch (stage) {
    case EnterpriseImportRun::Stage::Uploading:
        //: 正在上传 3000/100000 行
        m_workLabel->setText(tr("Uploading %1 of %2 rows…").arg(done).arg(total));
        m_workBar->setRange(0, 1000);
        m_workBar->setValue(total > 0 ? int(1000 * done / total) : 0);
        break;
    case EnterpriseImportRun::Stage::Checking:
        //: 正在检查…
        m_workLabel->setText(tr("The server is checking the rows…"));
        m_workBar->setRange(0, 0);
        break;
    case EnterpriseImportRun::Stage::FetchingProblems:
        m_workLabel->setText(tr("Fetching the problems found (%1 of %2)…").arg(done).arg(total));
        m_workBar->setRange(0, 1000);
        m_workBar->setValue(total > 0 ? int(1000 * done / total) : 0);
        break;
    case EnterpriseImportRun::Stage::Committing:
        m_workLabel->setText(tr("Importing the valid rows…"));
        m_workBar->setRange(0, 0);
        break;
    }
}

void EnterpriseImportDialog::onChecked(const QCborMap &summary,
                                       const QList<EnterpriseImportProblem> &problems)
{
    m_reportPage->showChecked(summary, problems);
    goTo(Page::Report);
    if (m_nextButton->isEnabled())
        m_nextButton->setFocus();
    else
        m_cancelButton->setFocus();
}

void EnterpriseImportDialog::onFailed(const Error &error)
{
    // The server out of reach: back to the columns, the file still chosen, to try again.
    if (error.code == ErrorCode::Network) {
        m_mappingPage->setMessage(error.message);
        goTo(Page::Mapping);
        return;
    }
    m_reportPage->showRefused(tr("The server refused the import: %1").arg(error.message));
    goTo(Page::Report);
    m_backButton->setFocus();
}

void EnterpriseImportDialog::onCommitted(const QCborMap &summary)
{
    m_resultLabel->setText(
        tr("Done. %1.\n\nThe enterprises show in the register as soon as it has synchronised.")
            .arg(EnterpriseImportSummary::fromMap(summary).committedText()));
    goTo(Page::Result);
    m_cancelButton->setFocus();
    Q_EMIT imported(summary);
}

} // namespace gridsafe
