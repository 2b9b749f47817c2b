#pragma once
// 导入企业名录 — importing the enterprise register from a town's .xlsx or .csv list, page by
// page: the file (read off the window's thread), its columns matched to the register's
// fields, the upload and the server's dry run, the report of what would change and of every
// problem row, and the commit of the valid rows. The register is unchanged until the user
// commits. Everything slow runs off the event loop, so the window never freezes; a link lost
// midway is waited out and the upload resumes from the server's count.

#include "core/enterprises/EnterpriseImportRun.h"

#include <QCborMap>
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace gridsafe {

class ClientSession;
class EnterpriseImportFilePage;
class EnterpriseImportMappingPage;
class EnterpriseImportReportPage;

class EnterpriseImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { File, Mapping, Working, Report, Result };

    explicit EnterpriseImportDialog(ClientSession &session, QWidget *parent = nullptr);
    ~EnterpriseImportDialog() override;

    // Reads a file as if the user had chosen it.
    void readFile(const QString &path);
    Page page() const;
    EnterpriseImportRun &run() const { return *m_run; }
    // The queued enterprise.import while its verdict is awaited, else empty: this dialog shows
    // a refusal itself, so the window need not (MainWindow::reopenRefused).
    QString commitCommandId() const;

    // Closing stops a read or an upload and drops the staged rows; a queued commit goes on.
    void reject() override;

Q_SIGNALS:
    // The server applied the import; `summary` says what it did.
    void imported(const QCborMap &summary);

private:
    QWidget *buildWorkingPage();
    void goTo(Page page);
    void updateButtons();
    void next();
    void back();
    void cancelPressed();
    void startCheck();
    void stopRun();
    void onProgress(EnterpriseImportRun::Stage stage, qint64 done, qint64 total);
    void onChecked(const QCborMap &summary, const QList<EnterpriseImportProblem> &problems);
    void onFailed(const Error &error);
    void onCommitted(const QCborMap &summary);
    void showLinkState();
    bool isOnline() const;

    ClientSession &m_session;
    EnterpriseImportRun *m_run;
    QStackedWidget *m_pages;
    EnterpriseImportFilePage *m_filePage;
    EnterpriseImportMappingPage *m_mappingPage;
    EnterpriseImportReportPage *m_reportPage;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_workBar = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLabel *m_resultLabel;
    QPushButton *m_backButton;
    QPushButton *m_nextButton;
    QPushButton *m_cancelButton;
    // The rows for the upload are made off the window's thread; a stop drops them.
    quint64 m_prepareGeneration = 0;
    bool m_offlineShown = false;
};

} // namespace gridsafe
