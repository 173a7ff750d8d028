// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/topology/topologyscene.h"

#include <cmath>

#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include "models/topology/topologymodel.h"
#include "widgets/topology/cardtext.h"

namespace OpsDeck::Widgets {

using namespace Topology;
using Models::TopologyModel;

namespace {

constexpr double kW = GraphLayout::nodeWidth;
constexpr double kH = GraphLayout::nodeHeight;

QString rate(double bitsPerSecond)
{
    if (bitsPerSecond >= 1e9)
        return QStringLiteral("%1 Gb/s").arg(bitsPerSecond / 1e9, 0, 'f', 2);
    if (bitsPerSecond >= 1e6)
        return QStringLiteral("%1 Mb/s").arg(bitsPerSecond / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 kb/s").arg(bitsPerSecond / 1e3, 0, 'f', 0);
}

QString speed(qint64 kbps)
{
    if (kbps <= 0)
        return QStringLiteral("?");
    if (kbps >= 1000000)
        return QStringLiteral("%1G").arg(kbps / 1000000);
    return QStringLiteral("%1M").arg(kbps / 1000);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

// How a node card looks, apart from its text; equal styles draw equal cards.
struct CardStyle
{
    QRgb role = 0;
    QRgb state = 0;
    bool thickBorder = false;
    bool planned = false;
    int emphasis = 0; ///< 0 none, 1 selected, 2 search hit
    bool pinned = false;

    bool operator==(const CardStyle &o) const
    {
        return role == o.role && state == o.state && thickBorder == o.thickBorder && planned == o.planned
            && emphasis == o.emphasis && pinned == o.pinned;
    }
};

size_t qHash(const CardStyle &s, size_t seed = 0)
{
    return qHashMulti(seed, s.role, s.state, s.thickBorder, s.planned, s.emphasis, s.pinned);
}

// The card of a node centred on the origin, in scene units.
void paintCard(QPainter *painter, const CardStyle &s)
{
    const QRectF r(-kW / 2, -kH / 2, kW, kH);
    painter->setRenderHint(QPainter::Antialiasing);
    if (s.emphasis) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.emphasis == 1 ? QColor(0x1e, 0x88, 0xe5, 90) : QColor(0xff, 0xa0, 0x00, 110));
        painter->drawRoundedRect(r.adjusted(-3, -3, 3, 3), 7, 7);
    }
    QPen border(QColor::fromRgba(s.state), s.thickBorder ? 2.2 : 1.0);
    if (s.planned)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(s.planned ? QColor(0xf4, 0xf5, 0xf7) : QColor(Qt::white));
    painter->drawRoundedRect(r, 5, 5);
    // Role stripe.
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(r.left(), r.top(), 7, r.height()), 4, 4);
    painter->fillPath(stripe, QColor::fromRgba(s.role));
    if (s.pinned) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x5f, 0x6b, 0x7a));
        painter->drawEllipse(QPointF(r.right() - 6, r.top() + 6), 2.2, 2.2);
    }
}

} // namespace

// Cards rendered once per style and zoom, then copied: a large graph has
// thousands of nodes but only a handful of distinct cards. Only used on
// raster paint devices (screen, PNG); vector exports draw real shapes.
class TopologyCardCache
{
public:
    /// The card at @p scale logical pixels per scene unit on a device of
    /// @p dpr physical pixels per logical one; its top-left corner is the
    /// node's bounding rectangle's.
    const QImage &card(const CardStyle &style, double scale, double dpr)
    {
        if (scale != m_scale || dpr != m_dpr) {
            m_cards.clear();
            m_scale = scale;
            m_dpr = dpr;
        }
        scale *= dpr;
        auto it = m_cards.find(style);
        if (it == m_cards.end()) {
            if (m_cards.size() > 256)
                m_cards.clear();
            const QSize size(int(std::ceil((kW + 6) * scale)) + 1, int(std::ceil((kH + 6) * scale)) + 1);
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.scale(scale, scale);
            p.translate(kW / 2 + 3, kH / 2 + 3);
            paintCard(&p, style);
            p.end();
            image.setDevicePixelRatio(dpr);
            it = m_cards.insert(style, image);
        }
        return it.value();
    }

private:
    double m_scale = 0;
    double m_dpr = 1;
    QHash<CardStyle, QImage> m_cards;
};

// One device: a card with a role stripe, the name and the role or address;
// its border shows reachability and alarms. Below ~35 % zoom only a block.
class TopologyNodeItem final : public QGraphicsItem
{
public:
    TopologyNodeItem(TopologyScene *scene, int index)
        : m_scene(scene)
        , m_index(index)
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setAcceptHoverEvents(true);
        setZValue(2);
        setCursor(Qt::PointingHandCursor);
    }

    QRectF boundingRect() const override { return QRectF(-kW / 2 - 3, -kH / 2 - 3, kW + 6, kH + 6); }

    const TopologyNode &node() const { return m_scene->model()->graph().nodes.at(m_index); }
    // The font, smallest pixel size and box (item coordinates) of the name
    // at level of detail @p lod. Zoomed out only the name is drawn, at a
    // size still legible on screen.
    struct NameLayout
    {
        QFont font;
        int minPixelSize = 0;
        QRectF box;
    };
    static NameLayout nameLayout(QFont f, double lod)
    {
        const QRectF r(-kW / 2, -kH / 2, kW, kH);
        f.setBold(true);
        if (lod < 0.8) {
            f.setPixelSize(std::min(22, int(std::lround(10 / lod))));
            return {f, int(std::lround(8 / lod)), r.adjusted(11, 0, -3, 0)};
        }
        f.setPixelSize(12);
        return {f, 12, r.adjusted(12, 3, -5, -kH / 2)};
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const TopologyNode &n = node();
        const QTransform transform = painter->worldTransform();
        const double lod = option->levelOfDetailFromTransform(transform);
        const QColor role = n.roleColor.isEmpty() ? QColor(0x90, 0xa4, 0xae) : QColor(u'#' + n.roleColor);
        const bool emphasised = isSelected() || m_scene->isHighlighted(n.deviceId);
        const QRectF r(-kW / 2, -kH / 2, kW, kH);
        if (lod < 0.35) {
            painter->fillRect(r, emphasised ? QColor(0xff, 0xa0, 0x00) : role);
            return;
        }
        CardStyle style;
        style.role = role.rgba();
        style.state = m_scene->model()->nodeColor(m_index).rgba();
        style.thickBorder = m_scene->model()->nodeState(n.deviceId).reachability != Reachability::Unknown;
        style.planned = n.status == QLatin1String("planned");
        style.emphasis = isSelected() ? 1 : m_scene->isHighlighted(n.deviceId) ? 2 : 0;
        style.pinned = lod >= 0.8 && m_scene->model()->isPinned(n.deviceId);
        if (painter->paintEngine()->type() == QPaintEngine::Raster && transform.type() <= QTransform::TxScale
            && transform.m11() == transform.m22()) {
            // A copy of the card drawn for this style at this zoom, on whole pixels.
            const double dpr = painter->device()->devicePixelRatioF();
            const QImage &card = m_scene->cardCache().card(style, transform.m11(), dpr);
            const QPointF at = transform.map(boundingRect().topLeft()) * dpr;
            painter->setWorldTransform(QTransform());
            painter->drawImage(QPointF(std::floor(at.x()), std::floor(at.y())) / dpr, card);
            painter->setWorldTransform(transform);
        } else {
            paintCard(painter, style);
        }
        if (lod < 0.38)
            return;
        painter->setRenderHint(QPainter::Antialiasing);
        const NameLayout name = nameLayout(painter->font(), lod);
        const QString label = m_scene->model()->nodeLabel(m_index);
        painter->setPen(QColor(0x1f, 0x29, 0x33));
        if (lod < 0.8) {
            m_name.drawName(painter, name.font, name.minPixelSize, n.name, label, name.box, Qt::AlignCenter);
            return;
        }
        m_name.drawName(painter, name.font, name.minPixelSize, n.name, label, name.box, Qt::AlignLeft | Qt::AlignVCenter);
        QFont f = painter->font();
        f.setPixelSize(10);
        f.setBold(false);
        painter->setPen(QColor(0x5f, 0x6b, 0x7a));
        const QString detail = n.primaryIp.isEmpty() ? n.role : n.role + QStringLiteral(" · ") + n.primaryIp.section(u'/', 0, 0);
        m_detail.draw(painter, f, detail, r.adjusted(12, kH / 2, -5, -3), Qt::AlignLeft | Qt::AlignVCenter,
                      Qt::ElideRight);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged && m_tracking)
            m_scene->handleNodeMoving(node().deviceId, value.toPointF());
        return QGraphicsItem::itemChange(change, value);
    }

    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_tracking = true;
        m_pressPos = pos();
        QGraphicsItem::mousePressEvent(event);
    }

    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        QGraphicsItem::mouseReleaseEvent(event);
        m_tracking = false;
        if (pos() != m_pressPos)
            m_scene->handleNodeReleased(node().deviceId, pos());
    }

    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override
    {
        event->accept();
        m_scene->handleNodeActivated(node().deviceId);
    }

    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override { setToolTip(m_scene->nodeToolTip(node().deviceId)); }

private:
    TopologyScene *m_scene;
    int m_index;
    CardText m_name;
    CardText m_detail;
    bool m_tracking = false;
    QPointF m_pressPos;
};

// Every edge and audit mark in one item: straight lines batched by pen,
// bundle counts, LAG rings and circuit labels when zoomed in.
class TopologyEdgeLayer final : public QGraphicsItem
{
public:
    explicit TopologyEdgeLayer(TopologyScene *scene)
        : m_scene(scene)
    {
        setZValue(1);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void setPositions(const QHash<qint64, QPointF> &positions)
    {
        prepareGeometryChange();
        m_positions = positions;
        QRectF b;
        for (const QPointF &p : positions)
            b |= QRectF(p - QPointF(1, 1), QSizeF(2, 2));
        m_bounds = b.adjusted(-40, -40, 40, 40);
        update();
    }

    void movePosition(qint64 deviceId, const QPointF &pos)
    {
        m_positions.insert(deviceId, pos);
        if (!m_bounds.contains(pos)) {
            prepareGeometryChange();
            m_bounds |= QRectF(pos, QSizeF(1, 1)).adjusted(-80, -80, 80, 80);
        }
        update();
    }

    const QHash<qint64, QPointF> &positions() const { return m_positions; }

    // Styles only change with the graph or live state: computed once then,
    // with edges sorted into pen groups, not on every frame.
    void restyle()
    {
        const TopologyModel *model = m_scene->model();
        const int count = int(model->graph().edges.size());
        m_styles.resize(count);
        m_group.resize(count);
        m_pens.clear();
        QHash<QString, int> groups;
        for (int i = 0; i < count; ++i) {
            m_styles[i] = model->edgeStyle(i);
            const Models::TopologyEdgeStyle &s = m_styles.at(i);
            const QString key = s.color.name() + QString::number(s.width, 'f', 1) + (s.dashed ? u'd' : u's');
            auto it = groups.constFind(key);
            if (it == groups.constEnd()) {
                it = groups.insert(key, int(m_pens.size()));
                m_pens << QPen(s.color, s.width, s.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
            }
            m_group[i] = it.value();
        }
        update();
    }

    void setAuditVisible(bool visible)
    {
        m_audit = visible;
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const TopologyModel *model = m_scene->model();
        const TopologyGraph &g = model->graph();
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        const QRectF exposed = option->exposedRect;
        const bool fine = lod > 0.3;
        painter->setRenderHint(QPainter::Antialiasing, fine);

        const auto visible = [&](const QPointF &a, const QPointF &b) {
            return exposed.intersects(QRectF(a, b).normalized().adjusted(-4, -4, 4, 4));
        };

        // Audit halos underneath the edges they concern.
        if (m_audit) {
            for (const Models::TopologyAuditMark &m : model->auditMarks()) {
                if (m.edgeIndex < 0)
                    continue;
                const TopologyEdge &e = g.edges.at(m.edgeIndex);
                const QPointF a = m_positions.value(e.aDeviceId);
                const QPointF b = m_positions.value(e.bDeviceId);
                QColor c = TopologyModel::auditColor(m.kind);
                c.setAlpha(110);
                painter->setPen(QPen(c, 9, Qt::SolidLine, Qt::RoundCap));
                painter->drawLine(a, b);
            }
        }

        // Edges, grouped by pen so that each group is one drawLines call.
        if (m_styles.size() != g.edges.size())
            return;
        QList<QList<QLineF>> batches(m_pens.size());
        QList<int> labelled;
        int visibleEdges = 0;
        for (int i = 0; i < g.edges.size(); ++i) {
            const TopologyEdge &e = g.edges.at(i);
            const auto pa = m_positions.constFind(e.aDeviceId);
            const auto pb = m_positions.constFind(e.bDeviceId);
            if (pa == m_positions.constEnd() || pb == m_positions.constEnd() || !visible(*pa, *pb))
                continue;
            batches[m_group.at(i)] << QLineF(*pa, *pb);
            ++visibleEdges;
            if (fine && (e.count() > 1 || e.kind != TopologyEdge::Kind::Cable) && exposed.contains((*pa + *pb) / 2))
                labelled << i;
        }
        // Thousands of antialiased wide lines cost more than a frame; a
        // view that dense does not need smooth edges.
        if (visibleEdges > 1500)
            painter->setRenderHint(QPainter::Antialiasing, false);
        for (int b = 0; b < batches.size(); ++b) {
            if (batches.at(b).isEmpty())
                continue;
            QPen pen = m_pens.at(b);
            if (!fine)
                pen.setWidthF(1.0 / std::max(lod, 0.05)); // hairlines when zoomed far out
            painter->setPen(pen);
            painter->drawLines(batches.at(b));
        }

        // Audit lines LLDP sees but NetBox does not have as drawn.
        if (m_audit) {
            for (const Models::TopologyAuditMark &m : model->auditMarks()) {
                if (m.kind != Topology::AuditFinding::Kind::MissingInNetBox
                    && m.kind != Topology::AuditFinding::Kind::PortMismatch)
                    continue;
                const auto pa = m_positions.constFind(m.aDeviceId);
                const auto pb = m_positions.constFind(m.bDeviceId);
                if (pa == m_positions.constEnd() || pb == m_positions.constEnd())
                    continue;
                QPen pen(TopologyModel::auditColor(m.kind), 2.6, Qt::DashDotLine, Qt::RoundCap);
                painter->setPen(pen);
                // Bow the line so that it stays visible beside an existing edge.
                const QPointF mid = (*pa + *pb) / 2;
                const QPointF d = *pb - *pa;
                const double len = std::max(1.0, std::hypot(d.x(), d.y()));
                const QPointF normal(-d.y() / len, d.x() / len);
                QPainterPath path(*pa);
                path.quadTo(mid + normal * std::min(60.0, len * 0.2), *pb);
                painter->setBrush(Qt::NoBrush);
                painter->drawPath(path);
            }
        }

        // Labels only where they can be read: zoomed in, and not hundreds.
        if (lod < 0.55 || labelled.size() > 300)
            return;
        painter->setRenderHint(QPainter::Antialiasing, true);
        QFont f = painter->font();
        f.setPixelSize(10);
        f.setBold(true);
        painter->setFont(f);
        const QFontMetricsF fm(f);
        for (int i : std::as_const(labelled)) {
            const TopologyEdge &e = g.edges.at(i);
            const QPointF a = m_positions.value(e.aDeviceId);
            const QPointF b = m_positions.value(e.bDeviceId);
            const Models::TopologyEdgeStyle &s = m_styles.at(i);
            if (e.kind == TopologyEdge::Kind::Lag) {
                // The LAG ring across the bundle near its lower end.
                const QPointF at = a + (b - a) * 0.78;
                painter->setPen(QPen(s.color, 1.4));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(at, 6 + s.width / 2, 6 + s.width / 2);
            }
            QString label = e.count() > 1 ? QStringLiteral("×%1").arg(e.count()) : QString();
            if (e.kind == TopologyEdge::Kind::Circuit)
                label = e.label;
            else if (e.kind == TopologyEdge::Kind::Lag && lod > 0.9)
                label = label.isEmpty() ? e.label : e.label + u' ' + label;
            if (label.isEmpty())
                continue;
            const QPointF mid = (a + b) / 2;
            QRectF box = fm.boundingRect(label).adjusted(-4, -1, 4, 1);
            box.moveCenter(mid);
            painter->setPen(QPen(s.color, 1));
            painter->setBrush(QColor(255, 255, 255, 235));
            painter->drawRoundedRect(box, 4, 4);
            painter->setPen(s.color.darker(130));
            painter->drawText(box, Qt::AlignCenter, label);
        }
    }

private:
    TopologyScene *m_scene;
    QHash<qint64, QPointF> m_positions;
    QRectF m_bounds;
    bool m_audit = true;
    QList<Models::TopologyEdgeStyle> m_styles;
    QList<int> m_group; ///< edge -> index into m_pens
    QList<QPen> m_pens;
};

// Group frames (site, location or rack) behind the nodes.
class TopologyGroupLayer final : public QGraphicsItem
{
public:
    explicit TopologyGroupLayer(TopologyScene *scene)
        : m_scene(scene)
    {
        setZValue(0);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void recompute(const QHash<qint64, QPointF> &positions)
    {
        prepareGeometryChange();
        m_frames.clear();
        QMap<QString, QRectF> frames;
        for (const TopologyNode &n : m_scene->model()->graph().nodes) {
            if (n.group.isEmpty())
                continue;
            const QPointF p = positions.value(n.deviceId);
            frames[n.group] |= QRectF(p.x() - kW / 2 - 16, p.y() - kH / 2 - 30, kW + 32, kH + 46);
        }
        m_bounds = {};
        for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
            m_frames << std::pair(it.key(), it.value());
            m_bounds |= it.value();
        }
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
        QFont f = painter->font();
        f.setPixelSize(13);
        f.setBold(true);
        painter->setFont(f);
        for (const auto &[name, rect] : m_frames) {
            painter->setPen(QPen(QColor(0xc5, 0xcd, 0xd6), 1.2));
            painter->setBrush(QColor(0xee, 0xf2, 0xf6, 150));
            painter->drawRoundedRect(rect, 10, 10);
            if (lod > 0.25) {
                painter->setPen(QColor(0x4a, 0x55, 0x63));
                painter->drawText(rect.adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop, name);
            }
        }
    }

private:
    TopologyScene *m_scene;
    QList<std::pair<QString, QRectF>> m_frames;
    QRectF m_bounds;
};

TopologyScene::TopologyScene(TopologyModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_cards(std::make_unique<TopologyCardCache>())
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(m_model, &TopologyModel::graphChanged, this, &TopologyScene::rebuild);
    connect(m_model, &TopologyModel::liveStateChanged, this, &TopologyScene::handleLiveStateChanged);
    connect(m_model, &TopologyModel::auditChanged, this, &TopologyScene::handleLiveStateChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &TopologyScene::handleSelectionChanged);
    rebuild();
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::rebuild()
{
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges = new TopologyEdgeLayer(this);
    m_groups = new TopologyGroupLayer(this);
    addItem(m_groups);
    addItem(m_edges);
    const TopologyGraph &g = m_model->graph();
    const QHash<qint64, QPointF> &positions = m_model->positions();
    for (int i = 0; i < g.nodes.size(); ++i) {
        const qint64 id = g.nodes.at(i).deviceId;
        if (!positions.contains(id))
            continue;
        auto *item = new TopologyNodeItem(this, i);
        item->setPos(positions.value(id));
        addItem(item);
        m_nodes.insert(id, item);
    }
    m_edges->setPositions(positions);
    m_edges->restyle();
    m_groups->recompute(positions);
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
}

QPointF TopologyScene::nodePosition(qint64 deviceId) const
{
    const auto it = m_nodes.constFind(deviceId);
    return it == m_nodes.constEnd() ? QPointF() : it.value()->pos();
}

void TopologyScene::setHighlighted(const QList<qint64> &deviceIds)
{
    m_highlighted = QSet<qint64>(deviceIds.cbegin(), deviceIds.cend());
    update();
}

void TopologyScene::selectDevice(qint64 deviceId)
{
    clearSelection();
    if (TopologyNodeItem *item = m_nodes.value(deviceId))
        item->setSelected(true);
}

int TopologyScene::edgeAt(const QPointF &scenePos, double tolerance) const
{
    if (!m_edges)
        return -1;
    const TopologyGraph &g = m_model->graph();
    const auto &pos = m_edges->positions();
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < g.edges.size(); ++i) {
        const TopologyEdge &e = g.edges.at(i);
        const double d = distanceToSegment(scenePos, pos.value(e.aDeviceId), pos.value(e.bDeviceId));
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

QString TopologyScene::nodeCardText(qint64 deviceId, double zoom) const
{
    const int index = m_model->graph().indexOf(deviceId);
    const QGraphicsView *view = views().value(0);
    if (index < 0 || !view || zoom < 0.38)
        return {};
    const TopologyNodeItem::NameLayout name = TopologyNodeItem::nameLayout(view->font(), zoom);
    return CardText::fitName(name.font, name.minPixelSize, m_model->graph().nodes.at(index).name, m_model->nodeLabel(index),
                   name.box.width())
        .text;
}

QString TopologyScene::nodeToolTip(qint64 deviceId) const
{
    const TopologyGraph &g = m_model->graph();
    const int index = g.indexOf(deviceId);
    if (index < 0)
        return {};
    const TopologyNode &n = g.nodes.at(index);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    lines << tr("%1 · %2").arg(n.role.toHtmlEscaped(), n.model.toHtmlEscaped());
    if (!n.primaryIp.isEmpty())
        lines << n.primaryIp.toHtmlEscaped();
    lines << (n.rackName.isEmpty() ? n.siteName : tr("%1, rack %2").arg(n.siteName, n.rackName)).toHtmlEscaped();
    int shown = 0;
    int total = 0;
    for (const TopologyEdge &e : g.edges) {
        const bool isA = e.aDeviceId == deviceId;
        if (!isA && e.bDeviceId != deviceId)
            continue;
        const qint64 peer = isA ? e.bDeviceId : e.aDeviceId;
        const QString peerName = g.nodes.at(g.indexOf(peer)).name;
        for (const TopologyMember &m : e.members) {
            ++total;
            if (shown >= 12)
                continue;
            ++shown;
            const qint64 local = isA ? m.aInterfaceId : m.bInterfaceId;
            QString line = tr("%1 → %2 %3 (%4)")
                               .arg((isA ? m.aInterface : m.bInterface).toHtmlEscaped(), peerName.toHtmlEscaped(),
                                    (isA ? m.bInterface : m.aInterface).toHtmlEscaped(), speed(m.speedKbps));
            if (m_model->hasLinkState(local)) {
                const LinkState s = m_model->linkState(local);
                line += s.operUp ? tr(" in %1, out %2").arg(rate(s.inBitsPerSecond), rate(s.outBitsPerSecond))
                                 : tr(" <span style='color:#d32f2f'>down</span>");
            }
            lines << line;
        }
    }
    if (total > shown)
        lines << tr("… and %n more link(s)", nullptr, total - shown);
    return lines.join(QStringLiteral("<br>"));
}

QString TopologyScene::edgeToolTip(int edgeIndex) const
{
    const TopologyGraph &g = m_model->graph();
    if (edgeIndex < 0 || edgeIndex >= g.edges.size())
        return {};
    const TopologyEdge &e = g.edges.at(edgeIndex);
    const QString a = g.nodes.at(g.indexOf(e.aDeviceId)).name;
    const QString b = g.nodes.at(g.indexOf(e.bDeviceId)).name;
    QStringList lines;
    QString title = tr("<b>%1 — %2</b>").arg(a.toHtmlEscaped(), b.toHtmlEscaped());
    if (e.kind == TopologyEdge::Kind::Lag)
        title += tr(" · LAG %1").arg(e.label.toHtmlEscaped());
    else if (e.kind == TopologyEdge::Kind::Circuit)
        title += tr(" · circuit %1").arg(e.label.toHtmlEscaped());
    lines << title << tr("%n cable(s), %1 total", nullptr, e.count()).arg(speed(e.capacityKbps()));
    for (const TopologyMember &m : e.members) {
        QString line = tr("%1 — %2 (%3)").arg(m.aInterface.toHtmlEscaped(), m.bInterface.toHtmlEscaped(), speed(m.speedKbps));
        if (m.status == QLatin1String("planned"))
            line += tr(", planned");
        if (m_model->hasLinkState(m.aInterfaceId)) {
            const LinkState s = m_model->linkState(m.aInterfaceId);
            line += s.operUp ? tr(": in %1, out %2").arg(rate(s.inBitsPerSecond), rate(s.outBitsPerSecond)) : tr(": down");
        }
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void TopologyScene::setAuditVisible(bool visible)
{
    if (m_edges)
        m_edges->setAuditVisible(visible);
}

void TopologyScene::handleNodeMoving(qint64 deviceId, const QPointF &pos)
{
    if (m_edges)
        m_edges->movePosition(deviceId, pos);
}

void TopologyScene::handleNodeReleased(qint64 deviceId, const QPointF &pos)
{
    m_model->moveNode(deviceId, pos);
    if (m_groups && m_edges)
        m_groups->recompute(m_edges->positions());
}

void TopologyScene::handleNodeActivated(qint64 deviceId)
{
    emit deviceActivated(deviceId);
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hit = items(event->scenePos());
    for (QGraphicsItem *item : hit) {
        if (dynamic_cast<TopologyNodeItem *>(item)) {
            QGraphicsScene::mouseDoubleClickEvent(event);
            return;
        }
    }
    const int edge = edgeAt(event->scenePos(), 6);
    if (edge >= 0) {
        const TopologyEdge &e = m_model->graph().edges.at(edge);
        emit interfaceActivated(e.aDeviceId, e.members.isEmpty() ? 0 : e.members.first().aInterfaceId);
        event->accept();
    }
}

void TopologyScene::handleLiveStateChanged()
{
    if (m_edges)
        m_edges->restyle();
    update();
}

void TopologyScene::handleSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() == 1) {
        if (auto *node = dynamic_cast<TopologyNodeItem *>(selected.first()))
            emit deviceSelected(node->node().deviceId);
    }
}

} // namespace OpsDeck::Widgets
