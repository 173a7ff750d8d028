// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QSortFilterProxyModel>
#include <QStringList>

#include "backend/alarms/alarmtypes.h"

namespace OpsDeck::Models {

/// Narrows an AlarmTableModel by severity, state, site, role and free text
/// (all must hold; a root cause stays when one of its symptoms matches), and
/// sorts by AlarmTableModel::SortRole. GUI thread.
class AlarmFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmFilterProxyModel)

public:
    enum class StateFilter {
        Any,
        NeedsAction,    ///< not acknowledged, not shelved, not in maintenance
        Unacknowledged,
        Acknowledged,
        Shelved,
        InMaintenance,
        Flapping,
    };
    Q_ENUM(StateFilter)

    explicit AlarmFilterProxyModel(QObject *parent = nullptr);

    /// Only alarms at least as bad as @p severity; nullopt: every severity.
    void setMinimumSeverity(std::optional<Alarms::Severity> severity);
    [[nodiscard]] std::optional<Alarms::Severity> minimumSeverity() const { return m_severity; }
    void setStateFilter(StateFilter filter);
    [[nodiscard]] StateFilter stateFilter() const { return m_state; }
    /// Only alarms of devices at @p site (name, case-insensitive); empty: any site.
    void setSite(const QString &site);
    [[nodiscard]] QString site() const { return m_site; }
    /// Only alarms of devices with @p role (name, case-insensitive); empty: any role.
    void setRole(const QString &role);
    [[nodiscard]] QString role() const { return m_role; }
    /// Only alarms whose device, summary, rule, object, site or role contain
    /// every whitespace-separated word of @p text (case-insensitive).
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_words.join(QLatin1Char(' ')); }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    [[nodiscard]] bool stateMatches(int flags) const;

    std::optional<Alarms::Severity> m_severity;
    StateFilter m_state = StateFilter::Any;
    QString m_site;
    QString m_role;
    QStringList m_words;
};

} // namespace OpsDeck::Models
