// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QSortFilterProxyModel>

#include "backend/jobs/job.h"

namespace OpsDeck::Models {

/// Narrows a JobTableModel by state, kind, free text and "mine" (all
/// criteria must hold), and sorts by JobTableModel::SortRole. GUI thread.
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    explicit JobFilterProxyModel(QObject *parent = nullptr);

    /// Only jobs in one of @p states; empty: any state.
    void setStates(const QList<Jobs::JobState> &states);
    [[nodiscard]] QList<Jobs::JobState> states() const { return m_states; }
    /// Only jobs of @p kind ("ssh.backup"); empty: any kind.
    void setKind(const QString &kind);
    [[nodiscard]] QString kind() const { return m_kind; }
    /// Only jobs whose id, kind, targets, intent, requester, state or error
    /// contain every whitespace-separated word of @p text (case-insensitive).
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_words.join(QLatin1Char(' ')); }
    /// Only jobs the model's current user submitted.
    void setMineOnly(bool mine);
    [[nodiscard]] bool isMineOnly() const { return m_mineOnly; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<Jobs::JobState> m_states;
    QString m_kind;
    QStringList m_words;
    bool m_mineOnly = false;
};

} // namespace OpsDeck::Models
