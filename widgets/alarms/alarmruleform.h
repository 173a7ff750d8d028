// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QHash>
#include <QWidget>

#include "backend/alarms/alarmrules.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace OpsDeck::Widgets {

/// The fields of one alarm rule, for every kind the engine knows: the
/// common ones (id, kind, severity, enabled, description, scope) and those
/// of the chosen kind only (a threshold's metric, level, hysteresis and
/// duration; a trap's OIDs and varbinds; ...). The form checks nothing:
/// the editor validates rule() with the backend's rules and points at the
/// key that is wrong (showProblem()). GUI thread.
class AlarmRuleForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmRuleForm)

public:
    explicit AlarmRuleForm(QWidget *parent = nullptr);
    ~AlarmRuleForm() override;

    /// Shows @p rule; a built-in rule keeps its id and kind.
    void setRule(const Alarms::AlarmRule &rule, bool builtIn);
    /// The rule as the fields say (keys of other kinds as setRule() gave them).
    [[nodiscard]] Alarms::AlarmRule rule() const;

    /// Marks the field of the rule key @p key ("metric", "scope.device",
    /// "varBinds[0].oid", ...) and moves the focus there; an empty key or
    /// one without a field clears the mark.
    void showProblem(const QString &key);
    /// The field of a rule key, or null.
    [[nodiscard]] QWidget *field(const QString &key) const;

signals:
    /// Any field changed.
    void edited();

private:
    void buildCommon(QFormLayout *form);
    void buildSeries(QFormLayout *form);
    void buildOthers(QFormLayout *form);
    QWidget *buildVarBinds();
    void updateRows();
    void addVarBind(const Alarms::VarBindMatch &match);
    void watch(QWidget *field);
    /// A row of @p form for the rule key @p key: @p rowWidget shown, @p field edited.
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *rowWidget, QWidget *field);
    [[nodiscard]] Alarms::RuleKind kind() const;

    Alarms::AlarmRule m_base;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields; ///< rule key -> editor
    QHash<QString, QWidget *> m_rows;   ///< rule key -> the widget of its form row
    QWidget *m_marked = nullptr;

    QLineEdit *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_device = nullptr;
    QLineEdit *m_site = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_metric = nullptr;
    QLineEdit *m_object = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_level = nullptr;
    QCheckBox *m_ownRange = nullptr;
    QDoubleSpinBox *m_low = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    QDoubleSpinBox *m_hysteresis = nullptr;
    QSpinBox *m_forSeconds = nullptr;
    QSpinBox *m_probes = nullptr;
    QDoubleSpinBox *m_loss = nullptr;
    QDoubleSpinBox *m_latency = nullptr;
    QLineEdit *m_interface = nullptr;
    QLineEdit *m_trapOid = nullptr;
    QLineEdit *m_clearTrapOid = nullptr;
    QTableWidget *m_varBinds = nullptr;
    QComboBox *m_minimumSeverity = nullptr;
    QLineEdit *m_jobKind = nullptr;
};

} // namespace OpsDeck::Widgets
