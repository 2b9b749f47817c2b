#pragma once
// A filing's snapshot as the district received it: the town's grids, what each covers, and
// each grid's inspector with their certificate, with the town's note and the district's
// decision. Read-only; it shows what was submitted, not what the division is now.

#include "domain/Filing.h"

#include <QTextBrowser>

#include <optional>

namespace gridsafe {

class FilingSnapshotView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FilingSnapshotView(QWidget *parent = nullptr);

    // Nothing selected: a short hint instead.
    void showFiling(const std::optional<Filing> &filing, const QString &statusText);
    // The snapshot as HTML (escaped), for the view and for tests.
    static QString html(const Filing &filing, const QString &statusText);
};

} // namespace gridsafe
