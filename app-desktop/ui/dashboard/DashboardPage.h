#pragma once
// 工作台 — where coverage stands ("area fully covered" of the five fulls): per town, the
// number of gaps and the state of its division filing, then every gap in a list that
// leads to where it is fixed.

#include "domain/CoverageGaps.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace gridsafe {

class ClientSession;
class CoverageGapsModel;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(ClientSession &session, QWidget *parent = nullptr);

    CoverageGapsModel &gapsModel() const { return *m_gaps; }

Q_SIGNALS:
    // The user asked to go where this gap is fixed.
    void gapActivated(const CoverageGap &gap);

private:
    void updateSummary();
    void activate(const QModelIndex &index);

    CoverageGapsModel *m_gaps;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace gridsafe
