// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/rulepreviewwidget.h"

#include <algorithm>
#include <climits>

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

namespace {

constexpr int kLaneHeight = 9;
constexpr int kMaxLanes = 6;
constexpr int kAxisHeight = 16;

QString laneName(const Alarms::PreviewHit &hit)
{
    return hit.object.isEmpty() ? hit.device : hit.device + QStringLiteral(" · ") + hit.object;
}

} // namespace

/// The preview's window as a strip: one lane per device and object (the
/// busiest first), a bar from each raise to its clear (or the window's end).
class RuleTimeline final : public QWidget
{
public:
    explicit RuleTimeline(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFixedHeight(kAxisHeight + 4);
    }

    void setResult(const Models::RulePreviewResult &result)
    {
        m_result = result;
        m_lanes.clear();
        QHash<QString, int> counts;
        for (const Alarms::PreviewHit &h : std::as_const(result.hits))
            ++counts[laneName(h)];
        m_lanes = counts.keys();
        std::sort(m_lanes.begin(), m_lanes.end(), [&counts](const QString &a, const QString &b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
        if (m_lanes.size() > kMaxLanes)
            m_lanes.resize(kMaxLanes);
        setFixedHeight(int(m_lanes.size()) * kLaneHeight + kAxisHeight + 4);
        setToolTip(result.hits.isEmpty()
                       ? QString()
                       : RulePreviewWidget::tr("Alarms over the last %n hour(s)", nullptr, result.hours));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect area = rect().adjusted(1, 1, -1, -kAxisHeight);
        p.fillRect(area, palette().base());
        p.setPen(palette().mid().color());
        p.drawRect(area.adjusted(0, 0, -1, -1));
        const qint64 span = m_result.toMs - m_result.fromMs;
        if (span <= 0)
            return;
        const auto xOf = [&](qint64 ms) {
            const double f = double(std::clamp(ms, m_result.fromMs, m_result.toMs) - m_result.fromMs) / double(span);
            return area.left() + int(f * area.width());
        };
        // Hour ticks, labelled every few hours.
        p.setPen(palette().text().color());
        const qint64 hour = 3600 * 1000;
        const int every = std::max(1, m_result.hours / 6);
        for (qint64 t = (m_result.fromMs / hour + 1) * hour; t < m_result.toMs; t += hour) {
            const int x = xOf(t);
            p.drawLine(x, area.bottom(), x, area.bottom() + 3);
            if ((t / hour) % every == 0)
                p.drawText(QRect(x - 30, area.bottom() + 3, 60, kAxisHeight - 3), Qt::AlignCenter,
                           QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm")));
        }
        const QColor raised(0xd3, 0x2f, 0x2f);
        for (const Alarms::PreviewHit &h : std::as_const(m_result.hits)) {
            const int lane = int(m_lanes.indexOf(laneName(h)));
            if (lane < 0)
                continue;
            const int x1 = xOf(h.raisedMs);
            const int x2 = std::max(x1 + 2, xOf(h.clearedMs > 0 ? h.clearedMs : m_result.toMs));
            p.fillRect(QRect(x1, area.top() + 2 + lane * kLaneHeight, x2 - x1, kLaneHeight - 2),
                       h.clearedMs > 0 ? raised.lighter(130) : raised);
        }
    }

private:
    Models::RulePreviewResult m_result;
    QStringList m_lanes;
};

RulePreviewWidget::RulePreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_timeline(new RuleTimeline(this))
    , m_hits(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hits->setObjectName(QStringLiteral("previewHits"));
    m_hits->setRootIsDecorated(false);
    m_hits->setUniformRowHeights(true);
    m_hits->setHeaderLabels({tr("Device"), tr("Object"), tr("Raised"), tr("Cleared"), tr("Summary")});
    m_hits->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_timeline);
    layout->addWidget(m_hits, 1);
    showStale();
}

RulePreviewWidget::~RulePreviewWidget() = default;

QString RulePreviewWidget::summaryText() const
{
    return m_summary->text();
}

void RulePreviewWidget::showStale()
{
    m_summary->setText(tr("Preview what this rule would have raised over the stored metrics of the last 24 hours. "
                          "Threshold, rate-of-change and optical power rules can be previewed."));
    m_summary->setStyleSheet({});
}

void RulePreviewWidget::showBusy()
{
    m_summary->setText(tr("Asking the service what the rule would have raised…"));
    m_summary->setStyleSheet({});
}

void RulePreviewWidget::showError(const QString &sentence)
{
    m_summary->setText(sentence);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_hits->clear();
    m_timeline->setResult({});
}

void RulePreviewWidget::showResult(const Models::RulePreviewResult &result)
{
    m_summary->setStyleSheet({});
    QSet<QString> lanes;
    int open = 0;
    for (const Alarms::PreviewHit &h : result.hits) {
        lanes.insert(laneName(h));
        if (h.clearedMs <= 0)
            ++open;
    }
    const QString window = tr("In the last %n hour(s)", nullptr, result.hours);
    const QString read = tr("%n stored point(s)", nullptr, int(std::min<qint64>(result.points, INT_MAX)));
    if (result.series == 0)
        m_summary->setText(
            tr("%1 the service stored no values of this metric, so the rule would have raised nothing.").arg(window));
    else if (result.hits.isEmpty())
        m_summary->setText(tr("%1 the rule would have raised no alarm (%2 of %n series read).", nullptr, result.series)
                               .arg(window, read));
    else
        m_summary->setText(
            tr("%1 the rule would have raised %2 on %3; %4 (%5 of %n series read).", nullptr, result.series)
                .arg(window, tr("%n alarm(s)", nullptr, int(result.hits.size())),
                     tr("%n device/object pair(s)", nullptr, int(lanes.size())),
                     tr("%n still active at the end", nullptr, open), read));
    m_timeline->setResult(result);

    // In the order raised, as the service lists them.
    m_hits->clear();
    QLocale locale;
    const auto time = [&locale](qint64 ms) {
        // A day's window: the weekday tells the days apart.
        return ms > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("ddd HH:mm")) : QString();
    };
    for (const Alarms::PreviewHit &h : result.hits) {
        auto *item = new QTreeWidgetItem(m_hits);
        item->setText(0, h.device);
        item->setText(1, h.object);
        item->setText(2, time(h.raisedMs));
        item->setText(3, h.clearedMs > 0 ? time(h.clearedMs) : tr("still active"));
        item->setText(4, h.summary);
        item->setToolTip(4, h.summary);
    }
    for (int c = 0; c < 4; ++c)
        m_hits->resizeColumnToContents(c);
}

} // namespace OpsDeck::Widgets
