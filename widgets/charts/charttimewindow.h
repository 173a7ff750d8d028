// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace OpsDeck::Widgets {

/// The time range a TimeSeriesChartView shows, [from, to) in ms since the
/// epoch: in live mode it follows "now" with a fixed span, moved by a timer
/// at the live interval; otherwise it stays where it was put. Zooming and
/// setting the span keep it between minSpanMs and maxSpanMs. Needs no
/// widgets (QtCore only). Thread: GUI thread.
class ChartTimeWindow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartTimeWindow)

public:
    static constexpr qint64 minSpanMs = 60 * 1000;
    static constexpr qint64 maxSpanMs = 400LL * 24 * 3600 * 1000;

    /// Starts live over the last hour, moved every second.
    explicit ChartTimeWindow(QObject *parent = nullptr);
    ~ChartTimeWindow() override;

    [[nodiscard]] qint64 from() const { return m_from; }
    [[nodiscard]] qint64 to() const { return m_to; }
    [[nodiscard]] qint64 span() const { return m_to - m_from; }
    [[nodiscard]] qint64 centre() const { return m_from + (m_to - m_from) / 2; }
    [[nodiscard]] bool isLive() const { return m_live; }

    /// Live: the same span ending now; not live: stays where it is.
    void setLive(bool live);
    /// A new span (clamped), ending now when live, else around the same centre.
    void setSpan(qint64 spanMs);
    /// How often live mode moves the window, in ms (100 at least).
    void setLiveInterval(int ms);
    [[nodiscard]] int liveInterval() const { return m_timer.interval(); }
    /// Shows [fromMs, toMs), at least minSpanMs long; leaves live mode.
    void setRange(qint64 fromMs, qint64 toMs);
    /// Zooms by @p factor (< 1 in) around @p centreMs, keeping its place in
    /// the window; leaves live mode.
    void zoom(double factor, qint64 centreMs);
    /// Moves by a fraction of the span (negative: back in time); leaves live mode.
    void pan(double fraction);
    /// Shows [fromMs, toMs) as given, live or not.
    void apply(qint64 fromMs, qint64 toMs, bool live);
    /// In live mode, moves the window to end now; otherwise does nothing.
    void followNow();

signals:
    /// The range or the mode changed (not on live ticks).
    void changed(qint64 fromMs, qint64 toMs, bool live);
    /// The range was set, changed or not: what shows it should redraw soon.
    void applied();
    /// Live mode: the timer moved the window to end now.
    void ticked();

private:
    void handleTimeout();

    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_live = true;
    QTimer m_timer;
};

} // namespace OpsDeck::Widgets
