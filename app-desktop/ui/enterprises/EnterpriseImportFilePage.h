#pragma once
// The import dialog's first page: choosing the .xlsx or .csv file and reading it off the
// window's thread (a large workbook takes seconds), with progress and a way to stop, then
// what was found: the sheet or the text encoding, and the number of rows. The file's SHA-256
// is taken on the same thread.

#include "sheets/SheetData.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace gridsafe {

class EnterpriseImportFilePage : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseImportFilePage(QWidget *parent = nullptr);
    // A read still running is told to stop; its result is dropped.
    ~EnterpriseImportFilePage() override;

    // Reads the file as if it had been chosen.
    void read(const QString &path);
    bool isReading() const { return m_reading != nullptr; }
    // Tells a running read to stop; stateChanged follows when it has.
    void stopReading();
    bool hasSheet() const { return m_hasSheet; }
    const SheetData &sheet() const { return m_sheet; }
    const QString &path() const { return m_path; }
    const QString &checksum() const { return m_checksum; }

Q_SIGNALS:
    // Reading started or ended (successfully or not): the dialog's buttons follow.
    void stateChanged();

private:
    struct Reading
    {
        std::atomic_bool stop{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{1};
    };

    void choose();
    void showProgress();
    void showError(const QString &message);

    QLineEdit *m_pathEdit;
    QPushButton *m_chooseButton;
    QProgressBar *m_progress;
    QPushButton *m_stopButton;
    QLabel *m_infoLabel;
    QLabel *m_errorLabel;
    QTimer *m_poll;
    std::shared_ptr<Reading> m_reading; // the read running now, if any
    bool m_hasSheet = false;
    SheetData m_sheet;
    QString m_path;
    QString m_checksum;
};

} // namespace gridsafe
