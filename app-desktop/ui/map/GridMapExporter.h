#pragma once
// Saving the grid map (网格划分图) for a report or the filing (备案): a PNG of the map, or an
// A4 landscape PDF with a title, the date, the map and a legend of the grids with their
// colours and inspectors.

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPainter;
class QRectF;

namespace gridsafe {

class GridMapScene;

class GridMapExporter
{
    Q_DECLARE_TR_FUNCTIONS(GridMapExporter)

public:
    static constexpr int kPngLongSide = 2000; // pixels

    // `date` is printed on the PDF.
    explicit GridMapExporter(QDate date = QDate::currentDate());

    bool exportPng(const GridMapScene &scene, const QString &path, QString *error) const;
    // Needs a QGuiApplication (fonts); any platform, offscreen included.
    bool exportPdf(const GridMapScene &scene, const QString &path, const QString &title,
                   QString *error) const;

private:
    static void drawScaleBar(QPainter &painter, const QRectF &drawn, qreal metresPerUnit);

    QDate m_date;
};

} // namespace gridsafe
