#include "core/enterprises/EnterpriseExporter.h"

#include "core/enterprises/EnterpriseSheet.h"
#include "sheets/CsvTableWriter.h"
#include "sheets/XlsxTableWriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace gridsafe {

namespace {

// A connection of this thread's own, removed when the export ends.
class OwnConnection
{
public:
    explicit OwnConnection(const QString &path) :
        m_name(QStringLiteral("export-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~OwnConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

Status EnterpriseExporter::run(const Job &job, const SheetProgress &progress)
{
    const EnterpriseSheet sheet(job.regionNames, job.gridNames);
    SheetExport table = sheet.start();
    table.rows.reserve(job.ids.size());
    {
        OwnConnection connection(job.replicaPath);
        QSqlDatabase db = connection.db();
        if (!db.isOpen())
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("EnterpriseExporter", "The local copy cannot be read."));
        QHash<qint64, Enterprise> byId;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT payload FROM enterprises")))
                return makeError(
                    ErrorCode::Internal,
                    QCoreApplication::translate("EnterpriseExporter", "The local copy cannot be read."));
            const QSet<qint64> wanted(job.ids.cbegin(), job.ids.cend());
            qint64 read = 0;
            while (query.next()) {
                auto e = Enterprise::fromPayload(QCborValue::fromCbor(query.value(0).toByteArray()).toMap());
                if (e && wanted.contains(e->id))
                    byId.insert(e->id, e.value());
                if (++read % 5000 == 0 && progress && !progress(read / 2, job.ids.size()))
                    return makeError(
                        ErrorCode::Cancelled,
                        QCoreApplication::translate("EnterpriseExporter", "The export was stopped."));
            }
        }
        for (qint64 id : job.ids) {
            const auto found = byId.constFind(id);
            if (found != byId.cend())
                table.rows.append(sheet.row(*found));
        }
    }
    if (progress && !progress(job.ids.size() / 2, job.ids.size()))
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("EnterpriseExporter", "The export was stopped."));
    const Status written = job.format == Format::Xlsx ? XlsxTableWriter::write(job.path, table)
                                                      : CsvTableWriter::write(job.path, table);
    if (written && progress)
        progress(job.ids.size(), job.ids.size());
    return written;
}

} // namespace gridsafe
