#include "SheetTestFiles.h"

#include <QFile>

#include <zip.h>

namespace gridsafe::test {

QString dataFile(const QString &name)
{
    return QStringLiteral(GRIDSAFE_TEST_DATA "/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void writeZip(const QString &path, const ZipEntries &entries)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer at zip_close: it must own a copy.
        void *copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        REQUIRE(source);
        REQUIRE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive);
    zip_file_t *file = zip_fopen(archive, name.toUtf8().constData(), 0);
    if (!file)
        zip_discard(archive);
    REQUIRE(file);
    QByteArray all;
    char buffer[65536];
    for (zip_int64_t got; (got = zip_fread(file, buffer, sizeof buffer)) > 0;)
        all.append(buffer, qsizetype(got));
    zip_fclose(file);
    zip_discard(archive);
    return all;
}

QString MinimalXlsx::write(const QString &path) const
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipEntries entries;
    entries.append({QStringLiteral("[Content_Types].xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    entries.append({QStringLiteral("_rels/.rels"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                    "Id=\"rId1\" Type=\""
                        + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    entries.append({QStringLiteral("xl/workbook.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns + " xmlns:r=\"" + rel + "\">"
                        + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets><sheet name=\""
                        + sheetName.toHtmlEscaped().toUtf8()
                        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    QByteArray workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId1\" Type=\""
                              + rel
                              + "/worksheet\" "
                                "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                              + rel + "/styles\" Target=\"styles.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        workbookRels +=
            "<Relationship Id=\"rId3\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append(
            {QStringLiteral("xl/sharedStrings.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + ns
                                                         + ">" + sharedStrings.toUtf8() + "</sst>"});
    }
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels + "</Relationships>"});
    entries.append({QStringLiteral("xl/styles.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                                                         + ns + "><numFmts>" + numFmts.toUtf8()
                                                         + "</numFmts><cellXfs>" + cellXfs.toUtf8()
                                                         + "</cellXfs></styleSheet>"});
    entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + "><sheetData>"
                        + sheetData.toUtf8() + "</sheetData></worksheet>"});
    writeZip(path, entries);
    return path;
}

} // namespace gridsafe::test
