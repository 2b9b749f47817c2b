#include "ui/filings/FilingFormWriter.h"

#include "ui/filings/FilingFormCanvas.h"

#include <QCborMap>
#include <QColor>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace gridsafe {

namespace {

// Laid out at 96 units per inch, a screen pixel's size, as the grid map's PDF.
constexpr int kFormResolution = 96;
constexpr qreal kTitlePointSize = 18;  // 小二
constexpr qreal kTextPointSize = 10.5; // 五号, the body text of official forms
constexpr qreal kSectionGap = 14;
constexpr qreal kLabelShare = 0.18; // of the width, for each label of the particulars
constexpr qint64 kMaxAreaCount = 100000;

// The form is the record of offices in China: its times are China time (UTC+8), the zone
// of the protocol's dates, whatever zone the printing computer is set to.
QString chinaTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc.trimmed(), Qt::ISODate);
    if (!at.isValid())
        return FilingFormCanvas::plain(isoUtc, 40);
    return at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Blank space to sign or seal on: the label, then a rule to the end of `width`.
void blankLine(FilingFormCanvas &canvas, const QPointF &at, qreal width, const QString &label,
               const QFont &font)
{
    const qreal lineHeight = canvas.textHeight(label, font, width);
    canvas.drawText(at, width, label, font);
    const qreal from = at.x() + std::min(canvas.textWidth(label, font) + 4, width / 2);
    canvas.drawLine(QPointF(from, at.y() + lineHeight), QPointF(at.x() + width, at.y() + lineHeight), 0.6);
}

} // namespace

FilingFormWriter::FilingFormWriter(const Filing &filing, QDate printedOn) :
    m_filing(filing),
    m_table(filing.snapshot.value(QStringLiteral("grids")).toArray()),
    m_printedOn(printedOn)
{}

Status FilingFormWriter::write(const QString &path) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto failed = [&](const QString &reason) {
        //: 无法写入备案表 %1：%2
        return makeError(ErrorCode::Internal,
                         tr("Could not write the filing form %1: %2").arg(shownPath, reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QPdfWriter writer(&file);
    // A wider margin on the left, where the archive binds the sheets.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 15, 15, 12), QPageLayout::Millimeter));
    writer.setResolution(kFormResolution);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("GridSafe"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        //: 无法开始生成 PDF。
        return failed(tr("the PDF could not be started."));
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    const FilingFormCanvas::Footer footer{
        title(),
        //: 第%1页，共%2页
        tr("Page %1 of %2"),
        //: 打印日期：%1
        tr("Printed on %1").arg(civilDateText(m_printedOn)),
    };
    // "Page X of Y" needs Y: a first pass lays the form out without painting.
    FilingFormCanvas counting(writer, nullptr, 0, footer);
    render(counting);
    FilingFormCanvas canvas(writer, &painter, counting.finish(), footer);
    render(canvas);
    canvas.finish();

    if (!painter.end()) {
        file.cancelWriting();
        //: 无法完成 PDF。
        return failed(tr("the PDF could not be finished."));
    }
    if (!file.commit())
        return failed(file.errorString());
    return success();
}

void FilingFormWriter::render(FilingFormCanvas &canvas) const
{
    const QFont titleFont = FilingFormCanvas::font(kTitlePointSize, true);
    const QString heading = title();
    canvas.drawText(QPointF(canvas.left(), canvas.y()), canvas.width(), heading, titleFont, Qt::AlignHCenter);
    canvas.moveDown(canvas.textHeight(heading, titleFont, canvas.width()) + kSectionGap);
    drawFields(canvas, particulars());

    const QFont sectionFont = FilingFormCanvas::font(kTextPointSize, true);
    const auto section = [&](const QString &name, qreal keepWith) {
        canvas.moveDown(kSectionGap);
        const qreal height = canvas.textHeight(name, sectionFont, canvas.width()) + 4;
        canvas.makeRoom(height + keepWith);
        canvas.drawText(QPointF(canvas.left(), canvas.y()), canvas.width(), name, sectionFont);
        canvas.moveDown(height);
    };
    //: 网格及网格员
    section(tr("Grids and their inspectors"), canvas.pageHeight() / 8);
    m_table.render(canvas);

    if (const QList<FieldLine> decided = decision(); !decided.isEmpty()) {
        //: 区审核决定
        section(tr("Decision of the district"), canvas.pageHeight() / 8);
        drawFields(canvas, decided);
    }
    canvas.moveDown(kSectionGap);
    drawSignatures(canvas);
}

void FilingFormWriter::drawFields(FilingFormCanvas &canvas, const QList<FieldLine> &lines) const
{
    const QFont font = FilingFormCanvas::font(kTextPointSize);
    const qreal labelWidth = canvas.width() * kLabelShare;
    for (const FieldLine &line : lines) {
        const qreal valueWidth = canvas.width() / qreal(line.size()) - labelWidth;
        qreal height = 0;
        for (const Field &field : line) {
            height = std::max({height, canvas.cellHeight(field.label, font, labelWidth),
                               canvas.cellHeight(field.value, font, valueWidth)});
        }
        height = std::min(height, canvas.pageHeight()); // a page at most; the rest is cut off
        canvas.makeRoom(height);
        qreal x = canvas.left();
        for (const Field &field : line) {
            canvas.drawCell(QRectF(x, canvas.y(), labelWidth, height), field.label, font, Qt::AlignHCenter,
                            QColor(0xf2, 0xf2, 0xf2));
            canvas.drawCell(QRectF(x + labelWidth, canvas.y(), valueWidth, height), field.value, font);
            x += labelWidth + valueWidth;
        }
        canvas.moveDown(height);
    }
}

void FilingFormWriter::drawSignatures(FilingFormCanvas &canvas) const
{
    const QFont font = FilingFormCanvas::font(kTextPointSize);
    const qreal half = canvas.width() / 2;
    const qreal padding = 10;
    const qreal inner = half - 2 * padding;
    const qreal lineHeight = canvas.textHeight(QStringLiteral("镇"), font, inner);
    const qreal height = 10 * lineHeight + 2 * padding;
    canvas.makeRoom(height);
    const qreal top = canvas.y();
    const qreal bottom = top + height - padding - lineHeight; // the date lines
    const qreal above = bottom - 2 * lineHeight;              // the lines to sign or seal on
    const qreal town = canvas.left() + padding;
    const qreal district = canvas.left() + half + padding;
    canvas.drawRect(QRectF(canvas.left(), top, half, height));
    canvas.drawRect(QRectF(canvas.left() + half, top, half, height));

    //: 镇（街道）盖章：
    canvas.drawText(QPointF(town, top + padding), inner, tr("Seal of the town (street):"), font);
    //: 经办人：
    blankLine(canvas, QPointF(town, above), inner, tr("Handled by:"), font);
    //: 日期：
    blankLine(canvas, QPointF(town, bottom), inner, tr("Date:"), font);

    //: 区应急管理局审核意见：
    const QString opinion = tr("Review opinion of the district emergency management bureau:");
    canvas.drawText(QPointF(district, top + padding), inner, opinion, font);
    // Ruled lines to write the opinion on, as many as fit above the seal's line.
    for (qreal y = top + padding + canvas.textHeight(opinion, font, inner) + 1.5 * lineHeight;
         y < above - 0.5 * lineHeight; y += 1.5 * lineHeight)
        canvas.drawLine(QPointF(district, y), QPointF(district + inner, y), 0.6);
    //: 盖章：
    blankLine(canvas, QPointF(district, above), inner, tr("Seal:"), font);
    blankLine(canvas, QPointF(district, bottom), inner, tr("Date:"), font);
    canvas.moveDown(height);
}

QList<FilingFormWriter::FieldLine> FilingFormWriter::particulars() const
{
    const QCborMap townMap = m_filing.snapshot.value(QStringLiteral("town")).toMap();
    const QString townName = FilingFormCanvas::plain(townMap.value(QStringLiteral("name")), 100);
    const QString townCode = FilingFormCanvas::plain(townMap.value(QStringLiteral("code")), 40);
    const qint64 areas = m_filing.snapshot.value(QStringLiteral("areaCount")).toInteger(-1);

    //: 镇（街道）
    Field town{tr("Town (street)"), townName};
    if (!townCode.isEmpty())
        //: %1（%2）
        town.value = tr("%1 (%2)", "a town and its code").arg(townName, townCode);
    //: 备案编号
    Field number{tr("Filing No."), QString()};
    if (m_filing.number > 0)
        //: 第%1号
        number.value = tr("No. %1").arg(m_filing.number);
    //: 状态
    const Field status{tr("Status"), statusText()};
    //: 划分版本
    Field revision{tr("Division revision"), QString()};
    if (m_filing.divisionRevision > 0)
        revision.value = QString::number(m_filing.divisionRevision);
    //: 提交人
    const Field submittedBy{tr("Submitted by"), FilingFormCanvas::plain(m_filing.submittedBy, 100)};
    //: 提交时间
    const Field submittedAt{tr("Submitted at"), chinaTime(m_filing.submittedAt)};
    //: 村（社区）、园区数
    Field areaCount{tr("Villages, communities and parks"), QString()};
    if (areas >= 0 && areas <= kMaxAreaCount)
        areaCount.value = QString::number(areas);
    //: 网格数
    const Field gridCount{tr("Grids"), QString::number(m_table.gridCount())};
    //: 镇（街道）说明
    const Field note{tr("Note from the town"), FilingFormCanvas::plain(m_filing.note, 500)};
    return {{town, number}, {status, revision}, {submittedBy, submittedAt}, {areaCount, gridCount}, {note}};
}

QList<FilingFormWriter::FieldLine> FilingFormWriter::decision() const
{
    const bool returned = m_filing.status == QLatin1String(Filing::kReturned);
    if (!returned && m_filing.status != QLatin1String(Filing::kFiled))
        return {};
    //: 审核结果
    const Field outcome{tr("Decision"), statusText()};
    //: 审核人
    const Field decidedBy{tr("Decided by"), FilingFormCanvas::plain(m_filing.decidedBy, 100)};
    //: 审核时间
    const Field decidedAt{tr("Decided at"), chinaTime(m_filing.decidedAt)};
    Field reason{QString(), FilingFormCanvas::plain(m_filing.decisionReason, 500)};
    if (returned)
        //: 退回理由
        reason.label = tr("Reason for returning");
    else
        //: 备案意见
        reason.label = tr("Remark");
    return {{outcome}, {decidedBy, decidedAt}, {reason}};
}

QString FilingFormWriter::title() const
{
    const QCborMap townMap = m_filing.snapshot.value(QStringLiteral("town")).toMap();
    const QString town = FilingFormCanvas::plain(townMap.value(QStringLiteral("name")), 100);
    if (town.isEmpty())
        //: 网格划分备案表
        return tr("Grid division filing form");
    //: %1网格划分备案表
    return tr("%1 grid division filing form").arg(town);
}

QString FilingFormWriter::statusText() const
{
    const QString &status = m_filing.status;
    if (status == QLatin1String(Filing::kSubmitted))
        //: 已提交，待区审核
        return tr("Submitted, awaiting the district's decision");
    if (status == QLatin1String(Filing::kFiled))
        //: 已备案
        return tr("Filed");
    if (status == QLatin1String(Filing::kReturned))
        //: 已退回
        return tr("Returned");
    if (status == QLatin1String(Filing::kWithdrawn))
        //: 已撤回（已由新的备案替代）
        return tr("Withdrawn (replaced by a newer filing)");
    return FilingFormCanvas::plain(status, 40); // a status of a later version, as it came
}

} // namespace gridsafe
