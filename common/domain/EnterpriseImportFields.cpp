#include "domain/EnterpriseImportFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace gridsafe {

namespace {

struct Column
{
    const char *field;
    const char *header; // the standard title
    const char *label;  // translation source
    const char *variants;
};

constexpr std::array kColumns{
    Column{importfield::kCreditCode, "统一社会信用代码",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Credit code"),
           "社会信用代码|信用代码|统一代码|统一社会信用代码证号"},
    Column{importfield::kName, "企业名称", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Enterprise name"),
           "单位名称|企业名|名称|企业（单位）名称"},
    Column{importfield::kAddress, "地址", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Address"),
           "企业地址|生产经营地址|经营地址|注册地址|详细地址|生产地址"},
    Column{importfield::kTown, "镇（街道）", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Town or street"),
           "镇街|镇/街道|所属镇（街道）|所属镇街|镇街道|镇|街道|所在镇（街道）"},
    Column{importfield::kVillage, "村（社区）",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Village or community"),
           "村/社区|所属村（社区）|村社区|村|社区|所在村（社区）|村（社区、园区）"},
    Column{importfield::kIndustry, "行业类别",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Industry (GB/T 4754)"),
           "国民经济行业|国民经济行业分类|所属行业|行业|行业代码|行业分类"},
    Column{importfield::kSector, "重点行业领域", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Key sector"),
           "行业领域|重点行业|工贸行业|所属行业领域"},
    Column{importfield::kFocusFlags, "专项领域", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Focus flags"),
           "重点监管领域|专项监管|涉及专项|专项监管领域|重点领域"},
    Column{importfield::kScale, "规上/规下",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Above or below scale"),
           "企业规模|规模|是否规上|规上规下|规模以上"},
    Column{importfield::kEmployees, "从业人数", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Employees"),
           "职工人数|从业人员数|员工人数|从业人员|职工数"},
    Column{importfield::kLegalRepresentative, "法定代表人",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Legal representative"), "法人代表|法人|负责人"},
    Column{importfield::kSafetyContact, "安全负责人",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Safety contact"),
           "安全联系人|联系人|安全管理人员|安全管理员"},
    Column{importfield::kSafetyPhone, "联系电话",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Contact phone"),
           "手机号码|电话|联系方式|手机|联系人电话"},
    Column{importfield::kStatus, "生产状态", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Status"),
           "经营状态|状态|企业状态"},
    Column{importfield::kLongitude, "经度", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Longitude"), ""},
    Column{importfield::kLatitude, "纬度", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Latitude"), ""},
    Column{importfield::kGrid, "所属网格", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Grid"),
           "网格|网格名称|网格编号"},
    Column{importfield::kDirectReason, "直管原因",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Reason for direct supervision"),
           "直接监管原因|镇直管原因|镇（街道）直管原因"},
    Column{importfield::kRiskLevel, "风险等级", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Risk level"),
           "风险级别|安全风险等级"},
    Column{importfield::kRiskKind, "报告类型", QT_TRANSLATE_NOOP("EnterpriseImportFields", "Report kind"),
           "风险报告类型"},
    Column{importfield::kRiskReportedOn, "报告日期",
           QT_TRANSLATE_NOOP("EnterpriseImportFields", "Report date"), "风险报告日期|报告时间"},
};

// Spaces, stars marking required columns, and bracket widths vary from sheet to sheet.
QString foldedHeader(const QString &header)
{
    QString out;
    for (QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('*') || c == QChar(0xFF0A))
            continue;
        if (c == QLatin1Char('('))
            c = QChar(0xFF08);
        else if (c == QLatin1Char(')'))
            c = QChar(0xFF09);
        out.append(c.toCaseFolded());
    }
    return out;
}

const Column *column(const QString &field)
{
    for (const Column &c : kColumns) {
        if (field == QLatin1String(c.field))
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList enterpriseImportFields()
{
    QStringList fields;
    for (const Column &c : kColumns)
        fields.append(QLatin1String(c.field));
    return fields;
}

QStringList requiredEnterpriseImportFields()
{
    return {QLatin1String(importfield::kCreditCode), QLatin1String(importfield::kName),
            QLatin1String(importfield::kTown)};
}

QString enterpriseImportHeader(const QString &field)
{
    const Column *c = column(field);
    return c ? QString::fromUtf8(c->header) : field;
}

QString enterpriseImportFieldLabel(const QString &field)
{
    const Column *c = column(field);
    return c ? QCoreApplication::translate("EnterpriseImportFields", c->label) : field;
}

std::optional<QString> matchEnterpriseImportHeader(const QString &header)
{
    const QString wanted = foldedHeader(header);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Column &c : kColumns) {
        if (wanted == foldedHeader(QString::fromUtf8(c.header))
            || wanted == foldedHeader(QLatin1String(c.field))
            || wanted == foldedHeader(QCoreApplication::translate("EnterpriseImportFields", c.label))
            || wanted == foldedHeader(QLatin1String(c.label)))
            return QString::fromLatin1(c.field);
        const QStringList variants =
            QString::fromUtf8(c.variants).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &variant : variants) {
            if (wanted == foldedHeader(variant))
                return QString::fromLatin1(c.field);
        }
    }
    return std::nullopt;
}

QStringList splitFocusFlagCell(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；/\\n\\r]+"));
    QStringList flags;
    for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
        const QString word = part.simplified();
        if (!word.isEmpty())
            flags.append(word);
    }
    return flags;
}

} // namespace gridsafe
