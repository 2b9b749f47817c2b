#include "ui/map/GridMapLabelItem.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr qreal kLabelPadding = 3;

} // namespace

GridMapLabelItem::GridMapLabelItem(Style style, QList<Line> lines, QGraphicsItem *parent) :
    QGraphicsItem(parent),
    m_style(style),
    m_lines(std::move(lines))
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton); // clicks go to the area below
    setZValue(style == Style::Grid ? 3 : 2);
    qreal width = 0;
    qreal height = 0;
    for (const Line &line : std::as_const(m_lines)) {
        width = std::max(width, QFontMetricsF(font(line)).horizontalAdvance(line.text));
        height += lineHeight(line);
    }
    const qreal padding = m_style == Style::Grid ? kLabelPadding : 1;
    m_rect = QRectF(-width / 2 - padding, 0, width + 2 * padding, height + 2 * padding);
    setTop(-m_rect.height() / 2);
}

QFont GridMapLabelItem::font(const Line &line) const
{
    // The application's font (which may be the user's chosen size), smaller for area names.
    QFont font = QGuiApplication::font();
    if (m_style == Style::Area)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(line.bold);
    return font;
}

qreal GridMapLabelItem::lineHeight(const Line &line) const
{
    return QFontMetricsF(font(line)).height();
}

void GridMapLabelItem::setTop(qreal top)
{
    prepareGeometryChange();
    m_rect.moveTop(top);
}

QRectF GridMapLabelItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void GridMapLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_style == Style::Grid) {
        painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 0.8));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(m_rect, 3, 3);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 160));
        painter->drawRoundedRect(m_rect, 2, 2);
    }
    const qreal padding = m_style == Style::Grid ? kLabelPadding : 1;
    qreal y = m_rect.top() + padding;
    for (const Line &line : std::as_const(m_lines)) {
        const qreal height = lineHeight(line);
        painter->setFont(font(line));
        painter->setPen(line.colour);
        painter->drawText(QRectF(m_rect.left(), y, m_rect.width(), height), Qt::AlignCenter, line.text);
        y += height;
    }
    painter->restore();
}

} // namespace gridsafe
