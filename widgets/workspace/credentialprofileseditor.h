// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QWidget>

#include "backend/domain/devicelabels.h"
#include "backend/workspace/credentialprofiles.h"

class QComboBox;
class QTableWidget;

namespace OpsDeck::Widgets {

/// The credential profiles of one kind (SNMP or SSH) and the ordered rules
/// giving them to devices by site, role or tag, as two editable tables. Only
/// vault references are edited here, never a secret; the Connections
/// dialog validates the result with the rest of the configuration. Site,
/// role and tag choices come from setChoices() (the store's slugs); other
/// text may be typed. GUI thread only.
class CredentialProfilesEditor final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Snmp, Ssh };

    explicit CredentialProfilesEditor(Kind kind, QWidget *parent = nullptr);

    /// Shows the profiles and rules of this editor's kind in @p config.
    void setConfig(const Workspace::CredentialProfilesConfig &config);
    /// Writes this editor's kind into @p config, leaving the other kind alone.
    void apply(Workspace::CredentialProfilesConfig &config) const;
    /// The store's sites, roles and tags, offered in the rules' fields.
    void setChoices(const Domain::LabelChoices &choices);

private:
    enum ProfileTableColumn { NameColumn = 0 };
    enum RuleColumn { SiteColumn = 0, RoleColumn, TagColumn, ProfileColumn, RuleColumns };

    void addProfileRow(const Workspace::SnmpProfile &snmp, const Workspace::SshProfile &ssh);
    void addRuleRow(const Workspace::ProfileRule &rule);
    [[nodiscard]] QList<Workspace::ProfileRule> rules() const;
    void setRules(const QList<Workspace::ProfileRule> &rules);
    [[nodiscard]] QStringList profileNames() const;
    void refreshProfileChoices();
    void handleProfileEdited(int row, int column);
    void addProfile();
    void removeProfile();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    [[nodiscard]] QComboBox *ruleCombo(int row, int column) const;
    void fillChoices(QComboBox *combo, const QList<Domain::LabelChoice> &choices) const;

    Kind m_kind;
    QTableWidget *m_profiles;
    QTableWidget *m_rules;
    Domain::LabelChoices m_choices;
};

} // namespace OpsDeck::Widgets
