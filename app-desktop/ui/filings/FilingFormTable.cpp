#include "ui/filings/FilingFormTable.h"

#include "domain/Grid.h"
#include "ui/filings/FilingFormCanvas.h"

#include <QCborMap>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <array>

namespace gridsafe {

namespace {

constexpr qreal kPointSize = 9; // 小五, as tables in official forms
constexpr qreal kNoteGap = 4;   // above and below the note on grids left out

// Shares of the table's width: a kind, a phone number, a certificate number or a date on
// one line, a grid's name or its areas on a few.
constexpr std::array<qreal, 8> kShares = {0.05, 0.085, 0.14, 0.14, 0.165, 0.15, 0.145, 0.125};

} // namespace

FilingFormTable::FilingFormTable(const QCborArray &grids) : m_gridCount(grids.size())
{
    const qsizetype shown = std::min<qsizetype>(grids.size(), kMaxRows);
    for (qsizetype i = 0; i < shown; ++i)
        m_rows.append(rowFor(int(i + 1), grids.at(i).toMap()));
}

void FilingFormTable::render(FilingFormCanvas &canvas) const
{
    const QList<qreal> widths = columnWidths(canvas.width());
    const QFont font = FilingFormCanvas::font(kPointSize);
    const QFont headerFont = FilingFormCanvas::font(kPointSize, true);
    const QStringList headerCells = header();
    const qreal headerHeight = rowHeight(canvas, headerCells, widths, headerFont);
    // A row taller than a page is cut off: every row then fits on a page below the header.
    const qreal tallest = canvas.pageHeight() - headerHeight;
    const auto heightOf = [&](const QStringList &cells) {
        return std::min(rowHeight(canvas, cells, widths, font), tallest);
    };

    if (m_rows.isEmpty()) {
        //: 备案中没有网格。
        const QString none = tr("The filing holds no grids.");
        const qreal height = canvas.cellHeight(none, font, canvas.width());
        canvas.makeRoom(headerHeight + height);
        drawRow(canvas, headerCells, widths, headerHeight, headerFont, true);
        canvas.drawCell(QRectF(canvas.left(), canvas.y(), canvas.width(), height), none, font,
                        Qt::AlignHCenter);
        canvas.moveDown(height);
        return;
    }

    // The header stays with at least the first row.
    canvas.makeRoom(headerHeight + heightOf(m_rows.first()));
    drawRow(canvas, headerCells, widths, headerHeight, headerFont, true);
    for (const QStringList &row : m_rows) {
        const qreal height = heightOf(row);
        if (canvas.makeRoom(height))
            drawRow(canvas, headerCells, widths, headerHeight, headerFont, true);
        drawRow(canvas, row, widths, height, font, false);
    }
    if (m_gridCount > m_rows.size()) {
        //: 仅列出全部%2个网格中的前%1个。
        const QString leftOut =
            tr("Only the first %1 of %2 grids are listed.").arg(m_rows.size()).arg(m_gridCount);
        const qreal height = canvas.textHeight(leftOut, font, canvas.width()) + 2 * kNoteGap;
        canvas.makeRoom(height);
        canvas.drawText(QPointF(canvas.left(), canvas.y() + kNoteGap), canvas.width(), leftOut, font);
        canvas.moveDown(height);
    }
}

QStringList FilingFormTable::header()
{
    return {
        //: 序号
        tr("No."),
        //: 网格编码
        tr("Grid code"),
        //: 网格名称
        tr("Grid name"),
        //: 网格类型
        tr("Kind"),
        //: 覆盖村（社区）、园区
        tr("Areas covered"),
        //: 网格员（姓名、电话、单位）
        tr("Inspector (name, phone, unit)"),
        //: 证书编号
        tr("Certificate No."),
        //: 证书有效期至
        tr("Valid until"),
    };
}

QStringList FilingFormTable::rowFor(int number, const QCborMap &grid)
{
    QStringList cells(ColumnCount);
    cells[Number] = QString::number(number);
    cells[Code] = FilingFormCanvas::plain(grid.value(QStringLiteral("code")), 40);
    cells[Name] = FilingFormCanvas::plain(grid.value(QStringLiteral("name")), 100);
    cells[Kind] = kindText(grid);
    cells[Areas] = areasText(grid.value(QStringLiteral("areas")).toArray());
    const QCborValue inspector = grid.value(QStringLiteral("inspector"));
    cells[Inspector] = inspectorText(inspector);
    if (inspector.isMap()) {
        const QCborMap person = inspector.toMap();
        cells[Certificate] = FilingFormCanvas::plain(person.value(QStringLiteral("certificateNumber")), 60);
        cells[ValidUntil] =
            FilingFormCanvas::plain(person.value(QStringLiteral("certificateValidUntil")), 20);
        if (cells[Certificate].isEmpty() && cells[ValidUntil].isEmpty())
            //: 无有效证书
            cells[Certificate] = tr("No valid certificate");
    }
    return cells;
}

QString FilingFormTable::kindText(const QCborMap &grid)
{
    const QString name = FilingFormCanvas::plain(grid.value(QStringLiteral("kind")), 40);
    QString kind = name; // a kind of a later version, as it came
    if (const std::optional<Grid::Kind> known = Grid::kindFromName(name)) {
        if (*known == Grid::Kind::Park)
            //: 园区/功能区网格
            kind = tr("Park grid");
        else
            //: 村（社区）网格
            kind = tr("Village/community grid");
    }
    const QString part = FilingFormCanvas::plain(grid.value(QStringLiteral("part")), 100);
    if (part.isEmpty())
        return kind;
    // Which part of a split village the grid covers.
    //: 片区：%1
    return kind + QLatin1Char('\n') + tr("Part: %1").arg(part);
}

QString FilingFormTable::areasText(const QCborArray &areas)
{
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(areas.size(), kMaxAreaNames); ++i)
        names.append(FilingFormCanvas::plain(areas.at(i).toMap().value(QStringLiteral("name")), 60));
    //: 、 (the Chinese enumeration comma)
    QString text = names.join(tr(", ", "between the names of areas"));
    if (areas.size() > kMaxAreaNames)
        //: 等，共%n个
        text += tr(" … %n in all", "areas of a grid", int(areas.size()));
    return text;
}

QString FilingFormTable::inspectorText(const QCborValue &inspector)
{
    if (!inspector.isMap())
        //: 未配备网格员
        return tr("No inspector");
    const QCborMap person = inspector.toMap();
    QStringList lines;
    for (const char *key : {"name", "phone", "unit"}) {
        const QString line = FilingFormCanvas::plain(person.value(QLatin1String(key)), 100);
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<qreal> FilingFormTable::columnWidths(qreal width)
{
    QList<qreal> widths;
    for (const qreal share : kShares)
        widths.append(share * width);
    return widths;
}

qreal FilingFormTable::rowHeight(const FilingFormCanvas &canvas, const QStringList &cells,
                                 const QList<qreal> &widths, const QFont &font)
{
    qreal height = 0;
    for (qsizetype column = 0; column < cells.size(); ++column)
        height = std::max(height, canvas.cellHeight(cells.at(column), font, widths.at(column)));
    return height;
}

void FilingFormTable::drawRow(FilingFormCanvas &canvas, const QStringList &cells, const QList<qreal> &widths,
                              qreal height, const QFont &font, bool isHeader)
{
    qreal x = canvas.left();
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const Qt::Alignment alignment = isHeader || column == Number ? Qt::AlignHCenter : Qt::AlignLeft;
        canvas.drawCell(QRectF(x, canvas.y(), widths.at(column), height), cells.at(column), font, alignment,
                        isHeader ? QColor(0xe8, 0xe8, 0xe8) : QColor());
        x += widths.at(column);
    }
    canvas.moveDown(height);
}

} // namespace gridsafe
