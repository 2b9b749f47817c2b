#pragma once
// 选择技术服务机构 — a combo box of the agency register ranked by growth value (成长值),
// highest first. For a contract only agencies on the city's list (市级名录) may be chosen:
// the others stay in the list, greyed out, saying why.

#include "domain/Agency.h"

#include <QComboBox>

#include <optional>

namespace gridsafe {

class AgencyChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit AgencyChooser(QWidget *parent = nullptr);

    // Replaces the list, keeping the choice when it is still there and may be chosen.
    void setAgencies(const QList<Agency> &agencies, bool listedOnly);
    std::optional<Agency> chosen() const;
    // Chooses it as a user would; false when it is not in the list or may not be chosen.
    bool choose(qint64 agencyId);

private:
    QList<Agency> m_agencies; // ranked
};

} // namespace gridsafe
