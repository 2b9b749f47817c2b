#include <catch2/catch.hpp>

#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// Messages of a .ts file that have no finished translation.
QStringList unfinishedIn(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                unfinished.append(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return unfinished;
}

} // namespace

TEST_CASE("translations: every user-visible string has a finished Chinese and English translation")
{
    for (const char *language : {"zh_CN", "en"}) {
        const QString path = QStringLiteral(GRIDSAFE_SOURCE_DIR "/resources/translations/gridsafe_%1.ts")
                                 .arg(QLatin1String(language));
        const QStringList unfinished = unfinishedIn(path);
        INFO(language << ": " << unfinished.join(QStringLiteral(" | ")).toStdString());
        CHECK(unfinished.isEmpty());
    }
}

TEST_CASE("translations: the Chinese catalogue is built into the program")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridsafe_zh_CN.qm")));
    CHECK(translator.translate("Role", "Town operator").contains(QChar(0x9547))); // 镇
}
