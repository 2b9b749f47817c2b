#pragma once
// Where the filing form (网格划分备案表) is laid out: the printable part of an A4 page, a
// cursor going down it, new pages as needed and a footer with "page X of Y" on each.
//
// The form is laid out twice: first without a painter, only to count the pages, then with
// one. Both passes measure against the same PDF writer, so they break pages alike.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QCborValue;
class QPainter;
class QPdfWriter;

namespace gridsafe {

class FilingFormCanvas
{
public:
    struct Footer
    {
        QString left;   // what the form is, printed on every page
        QString pageOf; // "Page %1 of %2", translated
        QString right;  // the date of printing
    };

    // `painter` null: lay out only, and finish() tells how many pages it took. `pageCount`
    // is that count, printed in the footers of the pass that paints.
    FilingFormCanvas(QPdfWriter &writer, QPainter *painter, int pageCount, Footer footer);

    static QFont font(qreal pointSize, bool bold = false);

    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    qreal y() const { return m_y; }
    void moveDown(qreal by) { m_y += by; }
    // Room between the cursor and the footer.
    qreal room() const { return m_body.bottom() - m_y; }
    // The height a page offers below its top.
    qreal pageHeight() const { return m_body.height(); }

    // Starts a new page unless `height` fits below the cursor or the page is still empty.
    // True when it started one.
    bool makeRoom(qreal height);
    void newPage();
    // Closes the last page. Returns the number of pages used.
    int finish();

    // Text of the snapshot as printed: a text value trimmed and cut to `maxLength`
    // characters; anything else (a missing key, another type) empty.
    static QString plain(const QCborValue &value, qsizetype maxLength = 200);

    // Text wrapped to `width`, at word boundaries or, for long codes, anywhere; "\n" breaks.
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    // The width of `text` on one line.
    qreal textWidth(const QString &text, const QFont &font) const;
    // Draws what textHeight() measured, cut off below `maxHeight` when that is positive.
    void drawText(const QPointF &topLeft, qreal width, const QString &text, const QFont &font,
                  Qt::Alignment alignment = Qt::AlignLeft, qreal maxHeight = 0);
    // The height of a ruled cell of `width` holding `text`.
    qreal cellHeight(const QString &text, const QFont &font, qreal width) const;
    // A ruled cell with `text` centred in its height (cut off when it does not fit), on
    // `fill` unless that is invalid.
    void drawCell(const QRectF &rect, const QString &text, const QFont &font,
                  Qt::Alignment alignment = Qt::AlignLeft, const QColor &fill = QColor());
    void drawLine(const QPointF &from, const QPointF &to, qreal penWidth = 1);
    void drawRect(const QRectF &rect, qreal penWidth = 1);
    void fillRect(const QRectF &rect, const QColor &colour);

private:
    void drawFooter();

    QPdfWriter &m_writer;
    QPainter *m_painter; // null while counting pages
    int m_pageCount;
    Footer m_footer;
    qreal m_footerLine = 0; // the height of the footer's line
    QRectF m_body;          // the page inside the margins, above the footer
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace gridsafe
