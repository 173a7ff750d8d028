// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

#include "models/rack/planchangeset.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace OpsDeck::Widgets {

/// Shows what a rack plan will add to the NetBox change set, one row per
/// change ("Move core-sw-01 to R12 U20 front"), asks the role and status
/// of the devices the plan adds, and lists what cannot be exported and why.
/// Accepting ("Add to NetBox Changes") leaves the edits in edits().
/// GUI thread.
class PlanExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanExportDialog)

public:
    /// @p roles: what new devices may take; @p reservationUserId: the
    /// NetBox user reservations are made for (0: reservations stay out).
    PlanExportDialog(const Models::RackSiteData &baseline, const QList<Models::PlanChange> &changes,
                     const QList<Models::RackRole> &roles, qint64 reservationUserId, QWidget *parent = nullptr);
    ~PlanExportDialog() override;

    [[nodiscard]] Models::PlanChangeSetOptions options() const;
    /// The edits for the options chosen now.
    [[nodiscard]] const Models::PlanChangeSet &changeSet() const { return m_changeSet; }
    [[nodiscard]] QList<NetBox::Edit> edits() const { return m_changeSet.edits; }

    /// Selects a role by id (0: none).
    void setRole(qint64 roleId);
    /// Selects "planned", "staged" or "active".
    void setStatus(const QString &status);
    /// Says that @p edits edits of this plan were sent before.
    void setPreviouslySent(int edits);

private:
    void rebuild();

    Models::RackSiteData m_baseline;
    QList<Models::PlanChange> m_changes;
    qint64 m_reservationUserId;
    Models::PlanChangeSet m_changeSet;
    int m_previouslySent = 0;
    QTreeWidget *m_list;
    QComboBox *m_role;
    QComboBox *m_status;
    QLabel *m_summary;
    QLabel *m_notes;
    QPushButton *m_ok = nullptr;
};

} // namespace OpsDeck::Widgets
