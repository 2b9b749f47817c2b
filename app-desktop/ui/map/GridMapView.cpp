#include "ui/map/GridMapView.h"

#include "ui/map/GridMapScene.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gridsafe {

namespace {

constexpr qreal kKeyZoomStep = 1.25;

} // namespace

GridMapView::GridMapView(GridMapScene &scene, QWidget *parent) : QGraphicsView(&scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("gridMapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    // Zooming anchors itself (zoomAt), so keys and wheel behave the same with or without a mouse.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(QColor(0xf5, 0xf6, 0xf8));
    setAccessibleName(tr("Grid map"));
    connect(&m_scene, &GridMapScene::mapReset, this, &GridMapView::fitAll);
    fitAll();
}

void GridMapView::fitAll()
{
    // Room around the town to pan into, so zooming can keep the point under the cursor
    // still even at the town's edge.
    const QRectF map = m_scene.mapRect();
    setSceneRect(map.adjusted(-map.width(), -map.height(), map.width(), map.height()));
    resetTransform();
    if (m_scene.areaCount() > 0)
        fitInView(m_scene.mapRect(), Qt::KeepAspectRatio);
    m_fittedScale = transform().m11();
    m_keepFitted = true;
    viewport()->update();
}

qreal GridMapView::zoom() const
{
    return transform().m11() / m_fittedScale;
}

void GridMapView::zoomAt(qreal factor, const QPointF &viewportPos)
{
    const qreal wanted = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal applied = wanted / zoom();
    if (std::abs(applied - 1) < 1e-9)
        return;
    m_keepFitted = false;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    scale(applied, applied);
    const QPointF moved = QPointF(mapFromScene(anchor)) - viewportPos;
    pan(qRound(moved.x()), qRound(moved.y()));
}

void GridMapView::pan(int dx, int dy)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

void GridMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) zooms by 1.25; a touchpad's smaller steps zoom smoothly.
    zoomAt(std::pow(kKeyZoomStep, delta / 120.0), event->position());
    event->accept();
}

void GridMapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = QRectF(viewport()->rect()).center();
    const int stepX = std::max(1, viewport()->width() / 8);
    const int stepY = std::max(1, viewport()->height() / 8);
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomAt(kKeyZoomStep, centre);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomAt(1 / kKeyZoomStep, centre);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on most keyboards
        zoomAt(kKeyZoomStep, centre);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(1 / kKeyZoomStep, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Left:
        m_keepFitted = false;
        pan(-stepX, 0);
        break;
    case Qt::Key_Right:
        m_keepFitted = false;
        pan(stepX, 0);
        break;
    case Qt::Key_Up:
        m_keepFitted = false;
        pan(0, -stepY);
        break;
    case Qt::Key_Down:
        m_keepFitted = false;
        pan(0, stepY);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GridMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_keepFitted = false; // the user is panning: leave the view where they put it
    QGraphicsView::mouseMoveEvent(event);
}

void GridMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        fitAll();
}

void GridMapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene.areaCount() > 0)
        return;
    painter->save();
    painter->resetTransform(); // viewport coordinates
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(QRectF(viewport()->rect()).adjusted(20, 20, -20, -20),
                      Qt::AlignCenter | Qt::TextWordWrap, tr("No boundaries imported for this town yet"));
    painter->restore();
}

} // namespace gridsafe
