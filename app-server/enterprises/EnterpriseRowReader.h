#pragma once
// Reads one staged import row — texts under the import field keys, as the client mapped the
// file's columns — into the enterprise it describes: a new one, or the registered one with
// the same code with the row's non-empty cells laid over it. Every problem is named with its
// field and a reason the user can act on. Rows are read in file order, so a code seen twice
// is reported on its second row.

#include "domain/Actor.h"
#include "domain/Enterprise.h"
#include "domain/EnterpriseRules.h"

#include <QCborMap>
#include <QHash>

#include <optional>

namespace gridsafe {

class EnterpriseRepository;
class RegisterPlaces;

struct ImportRowOutcome
{
    enum class Kind { Create, Update, Unchanged, Refused };
    Kind kind = Kind::Refused;
    std::optional<Enterprise> before; // the registered enterprise, when the code is known
    Enterprise after;
    std::optional<RiskSummary> report; // a risk report the row adds
    bool gridFromVillage = false;      // placed in the one grid covering its village
    QList<FieldProblem> problems;
};

class EnterpriseRowReader
{
public:
    EnterpriseRowReader(const Actor &actor, const RegisterPlaces &places, EnterpriseRepository &repository,
                        QString today);

    // `row` is the row's number in the user's file, for duplicates.
    Result<ImportRowOutcome> read(const QCborMap &cells, int row);

private:
    void readPlace(const QCborMap &cells, Enterprise &e, QList<FieldProblem> &problems) const;
    void readClassification(const QCborMap &cells, Enterprise &e, QList<FieldProblem> &problems) const;
    void readSupervision(const QCborMap &cells, Enterprise &e, bool placeChanged,
                         QList<FieldProblem> &problems, bool &fromVillage) const;
    std::optional<RiskSummary> readRisk(const QCborMap &cells, const Enterprise &e,
                                        QList<FieldProblem> &problems) const;

    const Actor &m_actor;
    const RegisterPlaces &m_places;
    EnterpriseRepository &m_repository;
    QString m_today;
    QHash<QString, int> m_rowOfCode;
};

// Dates as Chinese sheets write them: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日.
std::optional<QString> importDate(const QString &text);

} // namespace gridsafe
