#include "domain/EnterpriseVocabulary.h"

#include "domain/WordFolding.h"

#include <QCoreApplication>

#include <array>

namespace gridsafe {

namespace {

// Chinese names are matching data for imports (the files are in Chinese whatever the
// user's language); the English text is the translation source for display.
struct Word
{
    const char *key;
    const char *chinese;
    const char *english;
    const char *variants; // more spellings seen in town sheets, separated by '|'
};

constexpr std::array kSectors{
    Word{"metallurgy", "冶金", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Metallurgy"), "冶金行业|钢铁"},
    Word{"nonferrous", "有色", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Non-ferrous metals"),
         "有色行业|有色金属"},
    Word{"buildingMaterials", "建材", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Building materials"),
         "建材行业|建筑材料"},
    Word{"machinery", "机械", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Machinery"), "机械行业|机械制造"},
    Word{"lightIndustry", "轻工", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Light industry"),
         "轻工行业|轻工业"},
    Word{"textile", "纺织", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Textiles"), "纺织行业|纺织业"},
    Word{"tobacco", "烟草", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Tobacco"), "烟草行业"},
    Word{"commerce", "商贸", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Commerce and trade"),
         "商贸行业|商贸流通"},
};

constexpr std::array kLevels{
    Word{"major", "重大", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Major"), "重大风险|红|红色"},
    Word{"significant", "较大", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Significant"), "较大风险|橙|橙色"},
    Word{"general", "一般", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "General"), "一般风险|黄|黄色"},
    Word{"low", "低", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Low"), "低风险|较低|蓝|蓝色"},
};

constexpr std::array kReportKinds{
    Word{"first", "首次", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "First report"), "首次报告|初次|首报"},
    Word{"periodic", "定期", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Periodic report"),
         "定期报告|年度|年报"},
    Word{"change", "变更", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Change report"), "变更报告|变化"},
};

constexpr std::array kFlags{
    Word{"dust", "粉尘涉爆", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Combustible dust"),
         "涉爆粉尘|粉尘爆炸"},
    Word{"ammonia", "涉氨制冷", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Ammonia refrigeration"),
         "液氨制冷|涉氨"},
    Word{"confinedSpace", "有限空间作业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Confined spaces"),
         "有限空间"},
    Word{"hazardousChemicals", "危险化学品使用",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Hazardous chemicals"), "危险化学品|危化品使用|危化品"},
    Word{"metalSmelting", "金属冶炼", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Metal smelting"), "冶炼"},
};

// GB/T 4754-2017 divisions: all of manufacturing (C13–C43) and the few others found in a
// development zone's industrial register.
constexpr std::array kIndustries{
    Word{"B10", "非金属矿采选业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Non-metallic mineral mining"),
         ""},
    Word{"C13", "农副食品加工业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Agricultural and sideline food processing"), ""},
    Word{"C14", "食品制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Food manufacturing"), ""},
    Word{"C15", "酒、饮料和精制茶制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Liquor, beverages and refined tea"), ""},
    Word{"C16", "烟草制品业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Tobacco products"), ""},
    Word{"C17", "纺织业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Textiles industry"), ""},
    Word{"C18", "纺织服装、服饰业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Textile garments and apparel"),
         ""},
    Word{"C19", "皮革、毛皮、羽毛及其制品和制鞋业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Leather, fur, feathers and footwear"), ""},
    Word{"C20", "木材加工和木、竹、藤、棕、草制品业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary",
                           "Wood processing; wood, bamboo, rattan, palm and straw products"),
         ""},
    Word{"C21", "家具制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Furniture"), ""},
    Word{"C22", "造纸和纸制品业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Paper and paper products"), ""},
    Word{"C23", "印刷和记录媒介复制业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Printing and reproduction of recording media"), ""},
    Word{"C24", "文教、工美、体育和娱乐用品制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary",
                           "Culture, education, arts and crafts, sports and entertainment goods"),
         ""},
    Word{"C25", "石油、煤炭及其他燃料加工业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Petroleum, coal and other fuel processing"), ""},
    Word{"C26", "化学原料和化学制品制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Chemical raw materials and chemical products"), ""},
    Word{"C27", "医药制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Pharmaceuticals"), ""},
    Word{"C28", "化学纤维制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Chemical fibres"), ""},
    Word{"C29", "橡胶和塑料制品业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Rubber and plastic products"),
         ""},
    Word{"C30", "非金属矿物制品业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Non-metallic mineral products"), ""},
    Word{"C31", "黑色金属冶炼和压延加工业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Smelting and pressing of ferrous metals"), ""},
    Word{"C32", "有色金属冶炼和压延加工业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Smelting and pressing of non-ferrous metals"), ""},
    Word{"C33", "金属制品业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Metal products"), ""},
    Word{"C34", "通用设备制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "General-purpose machinery"), ""},
    Word{"C35", "专用设备制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Special-purpose machinery"), ""},
    Word{"C36", "汽车制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Motor vehicles"), ""},
    Word{"C37", "铁路、船舶、航空航天和其他运输设备制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Railway, ship, aerospace and other transport equipment"),
         ""},
    Word{"C38", "电气机械和器材制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Electrical machinery and equipment"), ""},
    Word{"C39", "计算机、通信和其他电子设备制造业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Computers, communication and other electronic equipment"),
         ""},
    Word{"C40", "仪器仪表制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Instruments and meters"), ""},
    Word{"C41", "其他制造业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Other manufacturing"), ""},
    Word{"C42", "废弃资源综合利用业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Recycling of waste resources"), ""},
    Word{"C43", "金属制品、机械和设备修理业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Repair of metal products, machinery and equipment"), ""},
    Word{"D44", "电力、热力生产和供应业",
         QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Electricity and heat supply"), ""},
    Word{"D45", "燃气生产和供应业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Gas supply"), ""},
    Word{"D46", "水的生产和供应业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Water supply"), ""},
    Word{"F51", "批发业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Wholesale"), ""},
    Word{"F52", "零售业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Retail"), ""},
    Word{"G59", "装卸搬运和仓储业", QT_TRANSLATE_NOOP("EnterpriseVocabulary", "Handling and warehousing"),
         ""},
};

QString display(const Word &word)
{
    return QCoreApplication::translate("EnterpriseVocabulary", word.english);
}

template <typename Table>
const Word *findWord(const Table &table, const QString &text)
{
    const QString wanted = foldedWord(text);
    if (wanted.isEmpty())
        return nullptr;
    for (const Word &word : table) {
        if (wanted == foldedWord(QLatin1String(word.key)) || wanted == QString::fromUtf8(word.chinese)
            || wanted == foldedWord(QCoreApplication::translate("EnterpriseVocabulary", word.english))
            || wanted == foldedWord(QString::fromLatin1(word.english)))
            return &word;
        const QStringList variants =
            QString::fromUtf8(word.variants).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (variants.contains(wanted))
            return &word;
    }
    return nullptr;
}

template <typename Table>
const Word *findKey(const Table &table, const QString &key)
{
    for (const Word &word : table) {
        if (key == QLatin1String(word.key))
            return &word;
    }
    return nullptr;
}

} // namespace

QList<KeySector> allKeySectors()
{
    return {KeySector::Metallurgy, KeySector::Nonferrous,    KeySector::BuildingMaterials,
            KeySector::Machinery,  KeySector::LightIndustry, KeySector::Textile,
            KeySector::Tobacco,    KeySector::Commerce};
}

QString keySectorKey(KeySector sector)
{
    return QLatin1String(kSectors[std::size_t(sector)].key);
}

std::optional<KeySector> keySectorFromKey(const QString &key)
{
    for (KeySector sector : allKeySectors()) {
        if (keySectorKey(sector) == key)
            return sector;
    }
    return std::nullopt;
}

QString keySectorDisplayName(KeySector sector)
{
    return display(kSectors[std::size_t(sector)]);
}

std::optional<KeySector> keySectorFromText(const QString &text)
{
    const Word *word = findWord(kSectors, text);
    return word ? keySectorFromKey(QLatin1String(word->key)) : std::nullopt;
}

QList<RiskLevel> allRiskLevels()
{
    return {RiskLevel::Major, RiskLevel::Significant, RiskLevel::General, RiskLevel::Low};
}

QString riskLevelKey(RiskLevel level)
{
    return QLatin1String(kLevels[std::size_t(level)].key);
}

std::optional<RiskLevel> riskLevelFromKey(const QString &key)
{
    for (RiskLevel level : allRiskLevels()) {
        if (riskLevelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QString riskLevelDisplayName(RiskLevel level)
{
    return display(kLevels[std::size_t(level)]);
}

std::optional<RiskLevel> riskLevelFromText(const QString &text)
{
    const Word *word = findWord(kLevels, text);
    return word ? riskLevelFromKey(QLatin1String(word->key)) : std::nullopt;
}

QString riskLevelColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major:
        return QStringLiteral("#d32f2f");
    case RiskLevel::Significant:
        return QStringLiteral("#f57c00");
    case RiskLevel::General:
        return QStringLiteral("#fbc02d");
    case RiskLevel::Low:
        break;
    }
    return QStringLiteral("#1976d2");
}

QList<RiskReportKind> allRiskReportKinds()
{
    return {RiskReportKind::First, RiskReportKind::Periodic, RiskReportKind::Change};
}

QString riskReportKindKey(RiskReportKind kind)
{
    return QLatin1String(kReportKinds[std::size_t(kind)].key);
}

std::optional<RiskReportKind> riskReportKindFromKey(const QString &key)
{
    for (RiskReportKind kind : allRiskReportKinds()) {
        if (riskReportKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString riskReportKindDisplayName(RiskReportKind kind)
{
    return display(kReportKinds[std::size_t(kind)]);
}

std::optional<RiskReportKind> riskReportKindFromText(const QString &text)
{
    const Word *word = findWord(kReportKinds, text);
    return word ? riskReportKindFromKey(QLatin1String(word->key)) : std::nullopt;
}

QStringList knownFocusFlags()
{
    QStringList keys;
    for (const Word &word : kFlags)
        keys.append(QLatin1String(word.key));
    return keys;
}

QString focusFlagDisplayName(const QString &flag)
{
    const Word *word = findKey(kFlags, flag);
    return word ? display(*word) : flag;
}

QString focusFlagFromText(const QString &text)
{
    const Word *word = findWord(kFlags, text);
    return word ? QString::fromLatin1(word->key) : text.simplified();
}

QStringList industryKeys()
{
    QStringList keys;
    for (const Word &word : kIndustries)
        keys.append(QLatin1String(word.key));
    return keys;
}

bool isIndustryKey(const QString &key)
{
    return findKey(kIndustries, key) != nullptr;
}

QString industryName(const QString &key)
{
    const Word *word = findKey(kIndustries, key);
    return word ? display(*word) : key;
}

QString industryDisplayName(const QString &key)
{
    const Word *word = findKey(kIndustries, key);
    return word ? key + QLatin1Char(' ') + display(*word) : key;
}

std::optional<QString> industryFromText(const QString &text)
{
    const QString wanted = foldedWord(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Word &word : kIndustries) {
        const QString key = QLatin1String(word.key);
        const QString chinese = QString::fromUtf8(word.chinese);
        const QString number = key.mid(1);
        if (wanted == foldedWord(key) || wanted == number || wanted == chinese || wanted == number + chinese
            || wanted == foldedWord(key) + chinese || wanted == foldedWord(display(word)))
            return key;
    }
    return std::nullopt;
}

QString keySectorSheetText(KeySector sector)
{
    return QString::fromUtf8(kSectors[std::size_t(sector)].chinese);
}

QString riskLevelSheetText(RiskLevel level)
{
    return QString::fromUtf8(kLevels[std::size_t(level)].chinese);
}

QString riskReportKindSheetText(RiskReportKind kind)
{
    return QString::fromUtf8(kReportKinds[std::size_t(kind)].chinese);
}

QString focusFlagSheetText(const QString &flag)
{
    const Word *word = findKey(kFlags, flag);
    return word ? QString::fromUtf8(word->chinese) : flag;
}

QString industrySheetText(const QString &key)
{
    const Word *word = findKey(kIndustries, key);
    return word ? key + QLatin1Char(' ') + QString::fromUtf8(word->chinese) : key;
}

} // namespace gridsafe
