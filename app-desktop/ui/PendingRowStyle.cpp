#include "ui/PendingRowStyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>

namespace gridsafe {

QVariant PendingRowStyle::data(int role, const QStringList &pendingChanges)
{
    if (pendingChanges.isEmpty())
        return {};
    switch (role) {
    case Qt::ToolTipRole:
        return QCoreApplication::translate("PendingRowStyle",
                                           "Not yet on the server; waiting to be sent:\n%1")
            .arg(QStringLiteral("• ") + pendingChanges.join(QStringLiteral("\n• ")));
    case Qt::ForegroundRole:
        return QColor(0x9a, 0x5b, 0x00); // amber: readable on white and on the alternate row
    case Qt::FontRole: {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    default:
        return {};
    }
}

QString PendingRowStyle::localTime(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

} // namespace gridsafe
