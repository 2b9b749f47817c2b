#include "ui/filings/FilingSnapshotView.h"

#include "domain/Grid.h"
#include "ui/PendingRowStyle.h"

#include <QCborArray>

namespace gridsafe {

namespace {

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString().toHtmlEscaped();
}

QString tableCell(const QString &html)
{
    return QStringLiteral("<td>%1</td>").arg(html);
}

} // namespace

FilingSnapshotView::FilingSnapshotView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("filingSnapshotView"));
    setOpenLinks(false);
    showFiling(std::nullopt, {});
}

void FilingSnapshotView::showFiling(const std::optional<Filing> &filing, const QString &statusText)
{
    if (!filing) {
        setHtml(
            QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("Select a filing above to see the division as it was submitted.").toHtmlEscaped()));
        return;
    }
    setHtml(html(*filing, statusText));
}

QString FilingSnapshotView::html(const Filing &filing, const QString &statusText)
{
    const QCborMap town = filing.snapshot.value(QStringLiteral("town")).toMap();
    const QCborArray grids = filing.snapshot.value(QStringLiteral("grids")).toArray();
    QString out;
    //: 遥观镇 网格划分备案 第 3 次
    out += QStringLiteral("<h3>%1</h3>")
               .arg(tr("%1 — division filing No. %2").arg(text(town, "name")).arg(filing.number));
    out +=
        QStringLiteral("<p><b>%1</b> · %2</p>")
            .arg(statusText.toHtmlEscaped(),
                 tr("submitted by %1 on %2; %3 grids over %4 villages, communities and parks")
                     .arg(filing.submittedBy.toHtmlEscaped(), PendingRowStyle::localTime(filing.submittedAt))
                     .arg(grids.size())
                     .arg(filing.snapshot.value(QStringLiteral("areaCount")).toInteger())
                     .toHtmlEscaped());
    if (!filing.note.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(tr("Town's note: %1").arg(filing.note).toHtmlEscaped());
    if (!filing.decidedAt.isEmpty()) {
        QString decision =
            tr("Decided by %1 on %2.").arg(filing.decidedBy, PendingRowStyle::localTime(filing.decidedAt));
        if (!filing.decisionReason.isEmpty())
            decision += QLatin1Char(' ') + tr("Reason: %1").arg(filing.decisionReason);
        const bool returned = filing.status == QLatin1String(Filing::kReturned);
        out += QStringLiteral("<p style='color:%1'>%2</p>")
                   .arg(returned ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32"),
                        decision.toHtmlEscaped());
    }
    out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString &head :
         {tr("Code"), tr("Grid"), tr("Kind"), tr("Covers"), tr("Inspector"), tr("Certificate")})
        out += QStringLiteral("<th>%1</th>").arg(head.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const QCborValue &value : grids) {
        const QCborMap grid = value.toMap();
        QStringList areas;
        for (const QCborValue &area : grid.value(QStringLiteral("areas")).toArray())
            areas.append(area.toMap().value(QStringLiteral("name")).toString().toHtmlEscaped());
        const bool park = grid.value(QStringLiteral("kind")).toString() == Grid::kindName(Grid::Kind::Park);
        QString kind = park ? tr("Park grid") : tr("Village/community grid");
        if (!grid.value(QStringLiteral("part")).toString().isEmpty())
            kind += QStringLiteral("<br>")
                    + tr("part: %1").arg(grid.value(QStringLiteral("part")).toString()).toHtmlEscaped();
        const QCborMap inspector = grid.value(QStringLiteral("inspector")).toMap();
        QString person =
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(tr("none").toHtmlEscaped());
        QString certificate;
        if (!inspector.isEmpty()) {
            person = QStringLiteral("%1<br>%2 %3")
                         .arg(text(inspector, "name"), text(inspector, "phone"), text(inspector, "unit"));
            if (inspector.contains(QStringLiteral("certificateNumber")))
                certificate = tr("%1, valid until %2")
                                  .arg(inspector.value(QStringLiteral("certificateNumber")).toString(),
                                       inspector.value(QStringLiteral("certificateValidUntil")).toString())
                                  .toHtmlEscaped();
        }
        out += QStringLiteral("<tr>") + tableCell(text(grid, "code")) + tableCell(text(grid, "name"))
               + tableCell(kind) + tableCell(areas.join(QStringLiteral("、"))) + tableCell(person)
               + tableCell(certificate) + QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

} // namespace gridsafe
