// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/rack/rackscene.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QMimeData>

#include "models/rack/devicetypelistmodel.h"
#include "models/rack/rackplanmodel.h"
#include "widgets/rack/rackitems.h"

namespace OpsDeck::Widgets {

namespace {

constexpr double kRackSpacing = 40;
constexpr double kRowSpacing = 70;
constexpr double kTitleHeight = 56;

RackDeviceItem *deviceItemAt(const QGraphicsScene *scene, const QPointF &pos)
{
    for (QGraphicsItem *item : scene->items(pos)) {
        if (auto *d = qgraphicsitem_cast<RackDeviceItem *>(item); d && (d->isMountedFace() || d->isZeroU()))
            return d;
    }
    return nullptr;
}

} // namespace

RackScene::RackScene(Models::RackPlanModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
{
    setBackgroundBrush(QColor(0xec, 0xef, 0xf1));
    connect(m_model, &Models::RackPlanModel::rackChanged, this, &RackScene::handleRackChanged);
    connect(m_model, &Models::RackPlanModel::siteReset, this, &RackScene::handleSiteReset);
    connect(this, &QGraphicsScene::selectionChanged, this, &RackScene::handleSelectionChanged);
}

RackScene::~RackScene()
{
    // Items go before the scene's signals could reach a half-destroyed object.
    m_selecting = true;
    clear();
}

void RackScene::setRacks(const QList<qint64> &rackIds, int perRow)
{
    m_rackIds.clear();
    for (qint64 id : rackIds) {
        if (m_model->hasRack(id))
            m_rackIds << id;
    }
    m_perRow = std::max(1, perRow);
    layoutRacks();
}

void RackScene::layoutRacks()
{
    m_selecting = true;
    hideGhost();
    clear();
    m_rackItems.clear();
    m_titles.clear();
    m_selecting = false;

    // Group by location, keeping the order racks were given in.
    QList<qint64> locations;
    QHash<qint64, QList<qint64>> byLocation;
    for (qint64 id : std::as_const(m_rackIds)) {
        const qint64 loc = m_model->rack(id).locationId;
        if (!byLocation.contains(loc))
            locations << loc;
        byLocation[loc] << id;
    }
    const bool titles = m_rackIds.size() > 1;
    double y = 0;
    for (qint64 loc : std::as_const(locations)) {
        if (titles) {
            QString name;
            for (const Domain::Location &l : m_model->baseline().locations) {
                if (l.id == loc)
                    name = l.name;
            }
            auto *title =
                addSimpleText(tr("%1 · %2 · %n rack(s)", nullptr, int(byLocation[loc].size()))
                                  .arg(m_model->baseline().site.name, name.isEmpty() ? tr("No location") : name));
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPixelSize(28);
            f.setBold(true);
            title->setFont(f);
            title->setBrush(QColor(0x26, 0x32, 0x38));
            title->setPos(0, y);
            m_titles << title;
            y += kTitleHeight;
        }
        const QList<qint64> &ids = byLocation[loc];
        double x = 0;
        double rowHeight = 0;
        for (int i = 0; i < ids.size(); ++i) {
            if (i > 0 && i % m_perRow == 0) {
                x = 0;
                y += rowHeight + kRowSpacing;
                rowHeight = 0;
            }
            auto *item = new RackItem(RackPicture::fromModel(*m_model, ids[i], m_colouring));
            addItem(item);
            item->setPos(x, y);
            m_rackItems.insert(ids[i], item);
            x += item->boundingRect().width() + kRackSpacing;
            rowHeight = std::max(rowHeight, item->boundingRect().height());
        }
        y += rowHeight + kRowSpacing;
    }
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void RackScene::setColouring(Models::RackColouring colouring)
{
    if (m_colouring == colouring)
        return;
    m_colouring = colouring;
    for (auto it = m_rackItems.cbegin(); it != m_rackItems.cend(); ++it)
        handleRackChanged(it.key());
}

void RackScene::setLiveState(const QHash<qint64, Models::RackLiveState> &state)
{
    m_live = state;
    // The racks keep cached pictures that show the live state: redraw them.
    for (RackItem *item : std::as_const(m_rackItems))
        item->update();
}

void RackScene::setComplianceMarks(const Models::ComplianceMarks &marks)
{
    m_compliance = marks;
    for (RackItem *rack : std::as_const(m_rackItems)) {
        for (QGraphicsItem *child : rack->childItems()) {
            if (auto *d = qgraphicsitem_cast<RackDeviceItem *>(child))
                d->updateToolTip();
        }
        // The tags are part of the rack's cached picture.
        rack->update();
    }
}

std::optional<Models::DeviceComplianceMark> RackScene::complianceMark(qint64 deviceId) const
{
    const Models::DeviceComplianceMark *mark = Models::nonCompliantMark(m_compliance, deviceId);
    return mark ? std::optional(*mark) : std::nullopt;
}

void RackScene::setHighlighted(const QList<qint64> &deviceIds)
{
    m_highlighted = QSet<qint64>(deviceIds.cbegin(), deviceIds.cend());
    for (RackItem *rack : std::as_const(m_rackItems)) {
        for (QGraphicsItem *child : rack->childItems()) {
            if (auto *d = qgraphicsitem_cast<RackDeviceItem *>(child))
                d->updateMarked();
        }
    }
    update();
}

bool RackScene::selectDevice(qint64 deviceId)
{
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    clearSelection();
    bool found = false;
    for (RackItem *rack : std::as_const(m_rackItems)) {
        for (QGraphicsItem *child : rack->childItems()) {
            auto *d = qgraphicsitem_cast<RackDeviceItem *>(child);
            if (d && d->deviceId() == deviceId && d->isMountedFace()) {
                d->setSelected(true);
                found = true;
            }
        }
    }
    // A child device in a bay selects its parent's item.
    if (!found && deviceId) {
        const qint64 parent = m_model->device(deviceId).parentDeviceId;
        found = parent && selectDevice(parent);
    }
    m_selecting = wasSelecting;
    return found;
}

QRectF RackScene::deviceRect(qint64 deviceId) const
{
    for (RackItem *rack : m_rackItems) {
        for (QGraphicsItem *child : rack->childItems()) {
            auto *d = qgraphicsitem_cast<RackDeviceItem *>(child);
            if (d && d->deviceId() == deviceId && d->isMountedFace())
                return d->sceneBoundingRect().adjusted(2, 2, -2, -2);
        }
    }
    return {};
}

QRectF RackScene::rackRect(qint64 rackId) const
{
    const RackItem *item = m_rackItems.value(rackId);
    return item ? item->sceneBoundingRect() : QRectF();
}

QPointF RackScene::unitCenter(qint64 rackId, int unit, bool rear) const
{
    const RackItem *item = m_rackItems.value(rackId);
    if (!item)
        return {};
    return item->mapToScene(item->picture().geometry.deviceRect(rear, unit, 1).center());
}

RackItem *RackScene::rackItemAt(const QPointF &scenePos) const
{
    for (RackItem *item : m_rackItems) {
        if (item->sceneBoundingRect().contains(scenePos))
            return item;
    }
    return nullptr;
}

RackDropTarget RackScene::targetAt(const QPointF &scenePos, double uHeight) const
{
    const RackItem *item = rackItemAt(scenePos);
    if (!item)
        return {};
    const RackGeometry &g = item->picture().geometry;
    const QPointF local = item->mapFromScene(scenePos);
    RackDropTarget t;
    t.rackId = item->rackId();
    if (uHeight > 0) {
        t.face = g.isRearAt(local.x()) ? QStringLiteral("rear") : QStringLiteral("front");
        t.position = g.positionAt(local.y(), uHeight);
    }
    return t;
}

void RackScene::showGhost(const RackDropTarget &target, double uHeight, bool ok, const QString &why)
{
    const RackItem *item = m_rackItems.value(target.rackId);
    if (!item) {
        hideGhost();
        return;
    }
    const RackGeometry &g = item->picture().geometry;
    const QRectF local =
        uHeight > 0 ? g.deviceRect(target.face == QLatin1String("rear"), target.position, uHeight) : g.railRect(2);
    if (!m_ghost) {
        m_ghost = addRect(QRectF());
        m_ghost->setZValue(1000);
        m_ghostText = addSimpleText(QString());
        m_ghostText->setZValue(1001);
    }
    const QColor colour = ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    m_ghost->setRect(item->mapRectToScene(local));
    m_ghost->setPen(QPen(colour, 2, Qt::DashLine));
    m_ghost->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 50));
    m_ghostText->setText(ok ? tr("U%1 %2").arg(target.position).arg(target.face) : why);
    m_ghostText->setBrush(colour.darker(120));
    m_ghostText->setPos(m_ghost->rect().bottomLeft() + QPointF(0, 2));
}

void RackScene::hideGhost()
{
    delete m_ghost;
    m_ghost = nullptr;
    delete m_ghostText;
    m_ghostText = nullptr;
}

void RackScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressedDevice = 0;
    m_dragging = false;
    if (event->button() == Qt::LeftButton) {
        if (RackDeviceItem *item = deviceItemAt(this, event->scenePos())) {
            m_pressedDevice = item->deviceId();
            m_pressPos = event->scenePos();
        }
    }
}

void RackScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_pressedDevice || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    if (!m_dragging && (event->scenePos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const Domain::Device d = m_model->device(m_pressedDevice);
    const RackDropTarget t = targetAt(event->scenePos(), d.uHeight);
    if (!t.isValid()) {
        hideGhost();
        return;
    }
    const Models::PlacementVerdict v = m_model->checkMove(d.id, t.rackId, t.position, t.face);
    showGhost(t, d.uHeight, v.ok(), v.reason);
}

void RackScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    const qint64 deviceId = m_pressedDevice;
    const bool dragging = m_dragging;
    m_pressedDevice = 0;
    m_dragging = false;
    hideGhost();
    if (!dragging || event->button() != Qt::LeftButton)
        return;
    const Domain::Device d = m_model->device(deviceId);
    const RackDropTarget t = targetAt(event->scenePos(), d.uHeight);
    if (!t.isValid())
        return;
    const Models::PlacementVerdict v = m_model->moveDevice(deviceId, t.rackId, t.position, t.face);
    if (!v.ok())
        emit placementRefused(v.reason);
    else
        selectDevice(deviceId);
}

RackScene::DragPayload RackScene::payload(const QMimeData *mime) const
{
    DragPayload p;
    if (!mime)
        return p;
    if (mime->hasFormat(QString::fromLatin1(Models::DeviceTypeListModel::kMimeType))) {
        p.typeId = mime->data(QString::fromLatin1(Models::DeviceTypeListModel::kMimeType)).toLongLong();
        p.uHeight = m_model->deviceType(p.typeId).uHeight;
    } else if (mime->hasFormat(QString::fromLatin1(kDeviceMimeType))) {
        p.deviceId = mime->data(QString::fromLatin1(kDeviceMimeType)).toLongLong();
        p.uHeight = m_model->device(p.deviceId).uHeight;
        if (!m_model->hasDevice(p.deviceId))
            p.deviceId = 0;
    }
    return p;
}

void RackScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const DragPayload p = payload(event->mimeData());
    event->setAccepted(p.typeId || p.deviceId);
    if (event->isAccepted())
        event->acceptProposedAction();
}

void RackScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    const DragPayload p = payload(event->mimeData());
    const RackDropTarget t = targetAt(event->scenePos(), p.uHeight);
    if ((!p.typeId && !p.deviceId) || !t.isValid()) {
        hideGhost();
        event->ignore();
        return;
    }
    const Models::PlacementVerdict v = p.typeId ? m_model->checkNewDevice(p.typeId, t.rackId, t.position, t.face)
                                                : m_model->checkMove(p.deviceId, t.rackId, t.position, t.face);
    showGhost(t, p.uHeight, v.ok(), v.reason);
    // Accepted even when refused, so the drop can say why.
    event->acceptProposedAction();
}

void RackScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    hideGhost();
    event->accept();
}

void RackScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    hideGhost();
    const DragPayload p = payload(event->mimeData());
    const RackDropTarget t = targetAt(event->scenePos(), p.uHeight);
    if ((!p.typeId && !p.deviceId) || !t.isValid()) {
        event->ignore();
        return;
    }
    const Models::PlacementVerdict v = p.typeId ? m_model->addDevice(p.typeId, t.rackId, t.position, t.face)
                                                : m_model->moveDevice(p.deviceId, t.rackId, t.position, t.face);
    if (!v.ok()) {
        emit placementRefused(v.reason);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    selectDevice(p.typeId ? m_model->lastAddedDeviceId() : p.deviceId);
    emit deviceSelected(p.typeId ? m_model->lastAddedDeviceId() : p.deviceId);
}

void RackScene::handleRackChanged(qint64 rackId)
{
    RackItem *item = m_rackItems.value(rackId);
    if (!item)
        return;
    QList<qint64> selected;
    for (QGraphicsItem *s : selectedItems()) {
        if (auto *d = qgraphicsitem_cast<RackDeviceItem *>(s))
            selected << d->deviceId();
    }
    m_selecting = true;
    item->setPicture(RackPicture::fromModel(*m_model, rackId, m_colouring));
    for (qint64 id : std::as_const(selected))
        selectDevice(id);
    m_selecting = false;
}

void RackScene::handleSiteReset()
{
    QList<qint64> keep;
    for (qint64 id : std::as_const(m_rackIds)) {
        if (m_model->hasRack(id))
            keep << id;
    }
    m_rackIds = keep;
    layoutRacks();
}

void RackScene::handleSelectionChanged()
{
    if (m_selecting)
        return;
    qint64 id = 0;
    for (QGraphicsItem *s : selectedItems()) {
        if (auto *d = qgraphicsitem_cast<RackDeviceItem *>(s)) {
            id = d->deviceId();
            break;
        }
    }
    emit deviceSelected(id);
}

} // namespace OpsDeck::Widgets
