#include "ui/filings/FilingFormCanvas.h"

#include <QCborValue>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <utility>

namespace gridsafe {

namespace {

constexpr qreal kFooterPointSize = 8;
constexpr qreal kFooterGap = 8; // between the body and the footer
constexpr qreal kCellPadding = 3;
constexpr qreal kRule = 0.8; // the pen of a table's rules

// Lays `text` out in lines of `width` and returns their height. QTextLayout rather than
// QPainter::drawText: it can break a long code or number anywhere when it has no space, and
// it measures with the fallback font actually used for Chinese.
qreal layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QString withLineBreaks(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

} // namespace

FilingFormCanvas::FilingFormCanvas(QPdfWriter &writer, QPainter *painter, int pageCount, Footer footer) :
    m_writer(writer),
    m_painter(painter),
    m_pageCount(pageCount),
    m_footer(std::move(footer))
{
    m_footerLine = textHeight(QStringLiteral("Ag镇"), font(kFooterPointSize), 100); // with a Chinese glyph
    m_body = QRectF(0, 0, writer.width(), writer.height() - m_footerLine - kFooterGap);
    m_y = m_body.top();
    if (m_painter)
        m_painter->setPen(Qt::black);
}

QFont FilingFormCanvas::font(qreal pointSize, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString FilingFormCanvas::plain(const QCborValue &value, qsizetype maxLength)
{
    const QString text = value.toString().trimmed();
    if (text.size() <= maxLength)
        return text;
    return text.left(std::max<qsizetype>(maxLength - 1, 0)) + QChar(0x2026); // …
}

bool FilingFormCanvas::makeRoom(qreal height)
{
    if (height <= room() || m_y <= m_body.top())
        return false;
    newPage();
    return true;
}

void FilingFormCanvas::newPage()
{
    if (m_painter) {
        drawFooter();
        m_writer.newPage();
    }
    ++m_page;
    m_y = m_body.top();
}

int FilingFormCanvas::finish()
{
    if (m_painter)
        drawFooter();
    return m_page;
}

qreal FilingFormCanvas::textHeight(const QString &text, const QFont &font, qreal width) const
{
    QTextLayout layout(withLineBreaks(text), font, &m_writer);
    return layOut(layout, width, Qt::AlignLeft);
}

qreal FilingFormCanvas::textWidth(const QString &text, const QFont &font) const
{
    QTextLayout layout(text, font, &m_writer);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6); // one line, however long
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}

void FilingFormCanvas::drawText(const QPointF &topLeft, qreal width, const QString &text, const QFont &font,
                                Qt::Alignment alignment, qreal maxHeight)
{
    if (!m_painter)
        return;
    QTextLayout layout(withLineBreaks(text), font, &m_writer);
    layOut(layout, width, alignment);
    m_painter->save();
    if (maxHeight > 0)
        m_painter->setClipRect(QRectF(topLeft, QSizeF(width, maxHeight)));
    layout.draw(m_painter, topLeft);
    m_painter->restore();
}

qreal FilingFormCanvas::cellHeight(const QString &text, const QFont &font, qreal width) const
{
    return textHeight(text, font, width - 2 * kCellPadding) + 2 * kCellPadding;
}

void FilingFormCanvas::drawCell(const QRectF &rect, const QString &text, const QFont &font,
                                Qt::Alignment alignment, const QColor &fill)
{
    if (!m_painter)
        return;
    if (fill.isValid())
        fillRect(rect, fill);
    drawRect(rect, kRule);
    const qreal inner = rect.width() - 2 * kCellPadding;
    const qreal offset = std::max<qreal>((rect.height() - textHeight(text, font, inner)) / 2, kCellPadding);
    drawText(QPointF(rect.left() + kCellPadding, rect.top() + offset), inner, text, font, alignment,
             rect.height() - offset - kCellPadding);
}

void FilingFormCanvas::drawLine(const QPointF &from, const QPointF &to, qreal penWidth)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(QPen(Qt::black, penWidth));
    m_painter->drawLine(from, to);
    m_painter->restore();
}

void FilingFormCanvas::drawRect(const QRectF &rect, qreal penWidth)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(QPen(Qt::black, penWidth));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect);
    m_painter->restore();
}

void FilingFormCanvas::fillRect(const QRectF &rect, const QColor &colour)
{
    if (m_painter)
        m_painter->fillRect(rect, colour);
}

void FilingFormCanvas::drawFooter()
{
    // Three parts of one line each: a long town name is cut off rather than run off the page.
    const QFont footerFont = font(kFooterPointSize);
    const qreal third = m_body.width() / 3;
    const QPointF at(m_body.left(), m_body.bottom() + kFooterGap);
    const QString pageOf = m_footer.pageOf.arg(m_page).arg(std::max(m_page, m_pageCount));
    drawText(at, third, m_footer.left, footerFont, Qt::AlignLeft, m_footerLine);
    drawText(at + QPointF(third, 0), third, pageOf, footerFont, Qt::AlignHCenter, m_footerLine);
    drawText(at + QPointF(2 * third, 0), third, m_footer.right, footerFont, Qt::AlignRight, m_footerLine);
}

} // namespace gridsafe
