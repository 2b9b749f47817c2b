#pragma once
// Writes chosen enterprises of a replica to an .xlsx or .csv file, off the window's thread:
// it opens its own connection to the replica file, reads the records in id order and writes
// through the sheets library. A hundred thousand rows take seconds; progress is reported and
// the work can be stopped, leaving no file behind.

#include "sheets/SheetLimits.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gridsafe {

class EnterpriseExporter
{
public:
    enum class Format { Xlsx, Csv };

    struct Job
    {
        QString replicaPath;
        QList<qint64> ids; // in the order to write
        QHash<qint64, QString> regionNames;
        QHash<qint64, QString> gridNames;
        QString path;
        Format format = Format::Xlsx;
    };

    // progress(done, total): false stops the export (ErrorCode::Cancelled).
    static Status run(const Job &job, const SheetProgress &progress = {});
};

} // namespace gridsafe
