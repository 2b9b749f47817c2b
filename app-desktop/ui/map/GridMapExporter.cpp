#include "ui/map/GridMapExporter.h"

#include "ui/map/GridMapAreaItem.h"
#include "ui/map/GridMapScene.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace gridsafe {

namespace {

// Labels and outlines are sized in screen pixels (they ignore the zoom). The PNG is drawn at
// twice that, so 2000 pixels read like a sharp 1000-pixel screen; the PDF is laid out at 96
// units per inch, a screen pixel's size, so labels come out on paper as on screen.
constexpr qreal kPngPixelRatio = 2;
constexpr int kMapResolution = 96;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QFont sizedFont(qreal pointSize, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void drawHatchSwatch(QPainter &painter, const QRectF &rect)
{
    painter.fillRect(rect, GridMapAreaItem::uncoveredFill());
    painter.fillRect(rect, QBrush(GridMapAreaItem::uncoveredOutline(), Qt::BDiagPattern));
    painter.setPen(QPen(GridMapAreaItem::uncoveredOutline(), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

} // namespace

GridMapExporter::GridMapExporter(QDate date) : m_date(date)
{}

bool GridMapExporter::exportPng(const GridMapScene &scene, const QString &path, QString *error) const
{
    if (scene.areaCount() == 0)
        return fail(error, tr("There is no map to export: no boundaries are imported for this town."));
    const QRectF source = scene.mapRect();
    const qreal aspect = source.width() / source.height();
    const QSize pixels = aspect >= 1 ? QSize(kPngLongSide, std::max(1, qRound(kPngLongSide / aspect)))
                                     : QSize(std::max(1, qRound(kPngLongSide * aspect)), kPngLongSide);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngPixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRectF drawn = scene.renderMap(painter, QRectF(QPointF(), QSizeF(pixels) / kPngPixelRatio));
        drawScaleBar(painter, drawn, source.width() / drawn.width());
    }
    image.convertTo(QImage::Format_RGB32); // opaque: a smaller file

    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not write the map image %1: %2").arg(shownPath, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(error, tr("Could not write the map image %1: %2").arg(shownPath, writer.errorString()));
    }
    if (!file.commit())
        return fail(error, tr("Could not write the map image %1: %2").arg(shownPath, file.errorString()));
    return true;
}

bool GridMapExporter::exportPdf(const GridMapScene &scene, const QString &path, const QString &title,
                                QString *error) const
{
    if (scene.areaCount() == 0)
        return fail(error, tr("There is no map to export: no boundaries are imported for this town."));
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not write the PDF file %1: %2").arg(shownPath, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(kMapResolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("GridSafe"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return fail(error,
                    tr("Could not write the PDF file %1: the PDF could not be started.").arg(shownPath));
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF page(0, 0, writer.width(), writer.height()); // inside the margins

    // Title and date.
    const QFont titleFont = sizedFont(16, true);
    const qreal titleHeight = QFontMetricsF(titleFont, &writer).height();
    const QRectF titleRect(page.left(), page.top(), page.width(), titleHeight);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(sizedFont(9));
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Date: %1").arg(m_date.toString(Qt::ISODate)));
    const qreal ruleY = titleRect.bottom() + 4;
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    painter.drawLine(QPointF(page.left(), ruleY), QPointF(page.right(), ruleY));
    const qreal contentTop = ruleY + 10;

    // Legend columns: swatch, code, grid name, inspector.
    const QFont legendFont = sizedFont(9);
    const QFont headerFont = sizedFont(9, true);
    const QFontMetricsF metrics(legendFont, &writer);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const qreal rowHeight = metrics.height() + 6;
    const qreal swatchWidth = 22;
    const qreal gap = 8;
    const QList<GridMapLegendEntry> legend = scene.legend();
    const QString codeHeader = tr("Code");
    const QString gridHeader = tr("Grid");
    const QString inspectorHeader = tr("Inspector");
    const QString noInspector = tr("No inspector");
    qreal codeWidth = headerMetrics.horizontalAdvance(codeHeader);
    qreal nameWidth = headerMetrics.horizontalAdvance(gridHeader);
    qreal inspectorWidth =
        std::max(headerMetrics.horizontalAdvance(inspectorHeader), metrics.horizontalAdvance(noInspector));
    for (const GridMapLegendEntry &entry : legend) {
        codeWidth = std::max(codeWidth, metrics.horizontalAdvance(entry.code));
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(entry.name));
        inspectorWidth = std::max(inspectorWidth, metrics.horizontalAdvance(entry.inspectorName));
    }
    codeWidth = std::min(codeWidth, 110.0);
    inspectorWidth = std::min(inspectorWidth, 130.0);
    nameWidth = std::clamp(nameWidth, metrics.horizontalAdvance(tr("Not in any grid")), 200.0);
    const qreal legendWidth = swatchWidth + codeWidth + nameWidth + inspectorWidth + 3 * gap + 4;

    // The map, fitted into what the legend leaves.
    const QRectF mapFrame(page.left(), contentTop, page.width() - legendWidth - 2 * gap,
                          page.bottom() - contentTop);
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mapFrame);
    const QRectF drawn = scene.renderMap(painter, mapFrame.adjusted(6, 6, -6, -6));
    drawScaleBar(painter, drawn, scene.mapRect().width() / drawn.width());

    // The legend, continued on further pages when a town has many grids.
    qreal x = mapFrame.right() + 2 * gap;
    qreal columnTop = contentTop;
    qreal y = columnTop;
    const auto heading = [&](const QString &text) {
        painter.setFont(headerFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, y, legendWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += rowHeight;
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const std::pair<QString, qreal> columns[] = {
            {codeHeader, codeWidth}, {gridHeader, nameWidth}, {inspectorHeader, inspectorWidth}};
        qreal column = x + swatchWidth + gap;
        for (const auto &[header, width] : columns) {
            painter.drawText(QRectF(column, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, header);
            column += width + gap;
        }
        y += rowHeight;
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
        painter.drawLine(QPointF(x, y - 1), QPointF(x + legendWidth, y - 1));
        painter.setFont(legendFont);
    };
    const auto cell = [&](qreal left, qreal width, const QString &text, const QColor &colour) {
        painter.setPen(colour);
        painter.drawText(QRectF(left, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, width));
    };
    // Past the page's foot: the next column where one fits beside, else a new page.
    const auto nextRow = [&]() {
        y += rowHeight;
        if (y + rowHeight <= page.bottom())
            return;
        if (x + 2 * legendWidth + 2 * gap <= page.right()) {
            x += legendWidth + 2 * gap;
        } else {
            writer.newPage();
            x = page.left();
            columnTop = page.top();
        }
        y = columnTop;
        heading(tr("Legend (continued)"));
    };
    heading(tr("Legend"));
    const QRectF swatch(0, 0, swatchWidth, rowHeight - 8);
    for (const GridMapLegendEntry &entry : legend) {
        const QRectF box = swatch.translated(x, y + 4);
        painter.fillRect(box, entry.colour);
        painter.setPen(QPen(QColor(0x3c, 0x3c, 0x3c), 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        const qreal codeLeft = x + swatchWidth + gap;
        cell(codeLeft, codeWidth, entry.code, Qt::black);
        cell(codeLeft + codeWidth + gap, nameWidth, entry.name, Qt::black);
        if (entry.inspectorName.isEmpty())
            cell(codeLeft + codeWidth + nameWidth + 2 * gap, inspectorWidth, noInspector,
                 GridMapAreaItem::uncoveredOutline());
        else
            cell(codeLeft + codeWidth + nameWidth + 2 * gap, inspectorWidth, entry.inspectorName, Qt::black);
        nextRow();
    }
    drawHatchSwatch(painter, swatch.translated(x, y + 4));
    cell(x + swatchWidth + gap, codeWidth + nameWidth + inspectorWidth + 2 * gap, tr("Not in any grid"),
         GridMapAreaItem::uncoveredOutline());

    if (!painter.end()) {
        file.cancelWriting();
        return fail(error,
                    tr("Could not write the PDF file %1: the PDF could not be finished.").arg(shownPath));
    }
    if (!file.commit())
        return fail(error, tr("Could not write the PDF file %1: %2").arg(shownPath, file.errorString()));
    return true;
}

void GridMapExporter::drawScaleBar(QPainter &painter, const QRectF &drawn, qreal metresPerUnit)
{
    // The longest round length that fits in a fifth of the map's width.
    const qreal wanted = drawn.width() / 5 * metresPerUnit;
    qreal length = 10;
    for (const qreal step :
         {20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0, 50000.0}) {
        if (step <= wanted)
            length = step;
    }
    const qreal barWidth = length / metresPerUnit;
    const QString text = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    const QFont font = sizedFont(8);
    const QFontMetricsF metrics(font, painter.device());

    painter.save();
    const QPointF origin(drawn.left() + 10, drawn.bottom() - 10); // the bar's bottom-left
    const QRectF background(origin.x() - 5, origin.y() - metrics.height() - 2,
                            barWidth + metrics.horizontalAdvance(text) + 16, metrics.height() + 7);
    painter.fillRect(background, QColor(255, 255, 255, 215));
    const QRectF bar(origin.x(), origin.y() - 5, barWidth, 5);
    painter.setPen(QPen(Qt::black, 0.8));
    painter.setBrush(Qt::white);
    painter.drawRect(bar);
    painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() / 2, bar.height()), Qt::black);
    painter.setFont(font);
    painter.drawText(QPointF(bar.right() + 5, origin.y()), text);
    painter.restore();
}

} // namespace gridsafe
