#pragma once
// The grid map on screen: wheel zooms around the cursor, dragging pans, a click (press and
// release without moving) opens the grid under it. The keyboard does the same: + and −
// zoom, 0 fits the whole town, the arrow keys pan. Says so when a town has no boundaries.

#include <QGraphicsView>

namespace gridsafe {

class GridMapScene;

class GridMapView : public QGraphicsView
{
    Q_OBJECT

public:
    // Zoom limits, relative to the whole town fitted in the view.
    static constexpr qreal kMinZoom = 0.2;
    static constexpr qreal kMaxZoom = 40.0;

    explicit GridMapView(GridMapScene &scene, QWidget *parent = nullptr);

    // Shows the whole town; the view then keeps it fitted when resized, until the user zooms or pans.
    void fitAll();
    // 1.0 when fitted.
    qreal zoom() const;
    // Multiplies the zoom by `factor` (within the limits), keeping the scene point under
    // `viewportPos` where it is.
    void zoomAt(qreal factor, const QPointF &viewportPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void pan(int dx, int dy);

    GridMapScene &m_scene;
    qreal m_fittedScale = 1;
    bool m_keepFitted = true;
};

} // namespace gridsafe
