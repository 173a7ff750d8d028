// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

#include "models/session/alarms/rulesession.h"

class QLabel;
class QTreeWidget;

namespace OpsDeck::Widgets {

class RuleTimeline;

/// What a rule would have raised over the stored metrics: a sentence (how
/// many alarms, on how many series), a timeline of the window with one lane
/// per device and object, and the alarms with their raise and clear times.
/// Also says that a preview is under way or why it failed. GUI thread.
class RulePreviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulePreviewWidget)

public:
    explicit RulePreviewWidget(QWidget *parent = nullptr);
    ~RulePreviewWidget() override;

    void showResult(const Models::RulePreviewResult &result);
    void showBusy();
    void showError(const QString &sentence);
    /// Back to the hint that nothing was previewed (the rule changed).
    void showStale();

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QTreeWidget *hitsView() const { return m_hits; }

private:
    QLabel *m_summary;
    RuleTimeline *m_timeline;
    QTreeWidget *m_hits;
};

} // namespace OpsDeck::Widgets
