#pragma once
// The ruled table of the filing form (网格划分备案表): one row per grid of a filing's snapshot
// with its code, name, kind and part, the areas it covers and its inspector (网格员) with
// their certificate; continued over pages with the header row repeated.

#include <QCborArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QFont;

namespace gridsafe {

class FilingFormCanvas;

class FilingFormTable
{
    Q_DECLARE_TR_FUNCTIONS(FilingFormTable)

public:
    // A town has a few dozen grids and a grid a few areas; more is a broken snapshot, and
    // the form says what it left out rather than running to hundreds of pages.
    static constexpr int kMaxRows = 500;
    static constexpr int kMaxAreaNames = 40;

    // `grids` as in the snapshot (PROTOCOL.md §11.14); elements that are not maps count as
    // grids with nothing known.
    explicit FilingFormTable(const QCborArray &grids);

    qsizetype gridCount() const { return m_gridCount; }
    qsizetype rowCount() const { return m_rows.size(); }

    void render(FilingFormCanvas &canvas) const;

private:
    enum Column { Number, Code, Name, Kind, Areas, Inspector, Certificate, ValidUntil, ColumnCount };

    static QStringList header();
    static QStringList rowFor(int number, const QCborMap &grid);
    static QString kindText(const QCborMap &grid);
    static QString areasText(const QCborArray &areas);
    static QString inspectorText(const QCborValue &inspector);
    static QList<qreal> columnWidths(qreal width);

    static qreal rowHeight(const FilingFormCanvas &canvas, const QStringList &cells,
                           const QList<qreal> &widths, const QFont &font);
    static void drawRow(FilingFormCanvas &canvas, const QStringList &cells, const QList<qreal> &widths,
                        qreal height, const QFont &font, bool isHeader);

    QList<QStringList> m_rows;
    qsizetype m_gridCount = 0;
};

} // namespace gridsafe
