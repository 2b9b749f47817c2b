#include "sheets/XlsxPackage.h"

#include "sheets/SheetErrors.h"
#include "sheets/XmlPartReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUrl>

namespace gridsafe {

namespace {

struct Relationship
{
    QString type;
    QString target; // a part name, resolved
};

QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

// A relationship's target, relative to the folder of the part that holds it, as a part name.
QString resolveTarget(const QString &folder, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString path = decoded.startsWith(u'/') ? decoded.mid(1) : folder + decoded;
    QStringList parts;
    for (const QString &segment : path.split(u'/')) {
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (!segment.isEmpty() && segment != QLatin1String(".")) {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

// The relationships of a part, by id; none when the part has no relationships file.
Result<QHash<QString, Relationship>> readRelationships(const ZipArchive &zip, const QString &part,
                                                       const SheetLimits &limits)
{
    const QString folder = folderOf(part);
    const QString relsPath =
        folder + QLatin1String("_rels/") + part.mid(folder.size()) + QLatin1String(".rels");
    QHash<QString, Relationship> relationships;
    if (!zip.contains(relsPath))
        return relationships;
    Result<ZipEntry> entry = zip.openEntry(relsPath, limits.maxPartBytes);
    if (!entry)
        return entry.error();
    XmlPartReader reader(std::move(entry).value());
    while (reader.readNext()) {
        if (!reader.isStart(QLatin1String("Relationship"))
            || reader.attribute(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        relationships.insert(reader.attribute(QLatin1String("Id")).toString(),
                             {reader.attribute(QLatin1String("Type")).toString(),
                              resolveTarget(folder, reader.attribute(QLatin1String("Target")).toString())});
    }
    if (reader.error())
        return *reader.error();
    return relationships;
}

// The target of the first relationship of this type, by the last segment of the type's URI
// (transitional and strict OOXML differ in the rest), or an empty string.
QString targetOfType(const QHash<QString, Relationship> &relationships, QLatin1String typeName)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.section(u'/', -1) == typeName)
            return relationship.target;
    }
    return {};
}

QString partIfPresent(const ZipArchive &zip, const QString &found, const QString &usual)
{
    if (!found.isEmpty() && zip.contains(found))
        return found;
    return zip.contains(usual) ? usual : QString();
}

bool isOpenDocument(const ZipArchive &zip)
{
    if (!zip.contains(QStringLiteral("mimetype")))
        return false;
    const Result<QByteArray> mimetype = zip.readAll(QStringLiteral("mimetype"), 256);
    return mimetype && mimetype->startsWith("application/vnd.oasis.opendocument");
}

} // namespace

Result<XlsxPackage> XlsxPackage::locate(const ZipArchive &zip, const SheetLimits &limits)
{
    if (isOpenDocument(zip))
        return SheetErrors::openDocument();

    Result<QHash<QString, Relationship>> packageRels = readRelationships(zip, QString(), limits);
    if (!packageRels)
        return packageRels.error();
    const QString workbookPath = partIfPresent(
        zip, targetOfType(*packageRels, QLatin1String("officeDocument")), QStringLiteral("xl/workbook.xml"));
    if (workbookPath.isEmpty())
        return SheetErrors::notXlsx(QCoreApplication::translate("XlsxPackage", "it holds no workbook"));
    Result<QHash<QString, Relationship>> workbookRels = readRelationships(zip, workbookPath, limits);
    if (!workbookRels)
        return workbookRels.error();

    Result<ZipEntry> entry = zip.openEntry(workbookPath, limits.maxPartBytes);
    if (!entry)
        return entry.error();
    XlsxPackage package;
    XmlPartReader workbook(std::move(entry).value());
    while (workbook.readNext() && package.sheetPath.isEmpty()) {
        if (workbook.isStart(QLatin1String("workbookPr"))) {
            const QStringView date1904 = workbook.attribute(QLatin1String("date1904"));
            package.date1904 = date1904 == QLatin1String("1") || date1904 == QLatin1String("true");
        } else if (workbook.isStart(QLatin1String("sheet"))) {
            // r:id, in whichever namespace prefix the writer chose.
            const Relationship relationship =
                workbookRels->value(workbook.attribute(QLatin1String("id")).toString());
            if (relationship.type.section(u'/', -1) == QLatin1String("worksheet")
                && zip.contains(relationship.target)) {
                package.sheetName = workbook.attribute(QLatin1String("name")).toString();
                package.sheetPath = relationship.target;
            }
        }
    }
    if (workbook.error())
        return *workbook.error();
    if (package.sheetPath.isEmpty())
        return SheetErrors::notXlsx(QCoreApplication::translate("XlsxPackage", "it holds no worksheet"));
    package.sharedStringsPath =
        partIfPresent(zip, targetOfType(*workbookRels, QLatin1String("sharedStrings")),
                      QStringLiteral("xl/sharedStrings.xml"));
    package.stylesPath = partIfPresent(zip, targetOfType(*workbookRels, QLatin1String("styles")),
                                       QStringLiteral("xl/styles.xml"));
    return package;
}

} // namespace gridsafe
