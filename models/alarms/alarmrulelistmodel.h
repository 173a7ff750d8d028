// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "backend/alarms/alarmrules.h"

namespace OpsDeck::Models {

/// The alarm rules of a workspace as the rule editor edits them: the
/// built-in defaults (each possibly changed or turned off by the workspace)
/// followed by the workspace's own rules, one row each, effective values
/// shown. Fed the "alarms" section of workspace.json (setSection()); gives
/// back the section's new "rules" array (rulesJson()), in which rules that
/// were not edited keep the exact object of the file and an edited default
/// only the keys that differ from its built-in values.
///
/// The id column is checkable: checked means enabled. Plain data, no
/// backend connection; GUI thread.
class AlarmRuleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmRuleListModel)

public:
    enum Column { IdColumn, KindColumn, SeverityColumn, ConditionColumn, SourceColumn, ColumnCount };
    enum Role {
        BuiltInRole = Qt::UserRole, ///< bool: the row is a built-in default
        ProblemRole,                ///< QString: why the file's object for this rule is not valid
    };

    explicit AlarmRuleListModel(QObject *parent = nullptr);
    ~AlarmRuleListModel() override;

    /// Replaces the rows with the defaults and the rules of @p alarms (the
    /// "alarms" section of workspace.json); not modified afterwards.
    void setSection(const QJsonObject &alarms);
    /// The section's "rules" array as it stands.
    [[nodiscard]] QJsonArray rulesJson() const;
    /// Something changed since setSection() or setSaved().
    [[nodiscard]] bool isModified() const { return m_modified; }
    /// What rulesJson() gives is now what the file holds.
    void setSaved();

    [[nodiscard]] Alarms::AlarmRule rule(int row) const;
    [[nodiscard]] bool isBuiltIn(int row) const;
    /// A built-in default the workspace changes (removeRule() restores it).
    [[nodiscard]] bool isChangedDefault(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] QStringList ids() const;
    /// @p base, or @p base with "-2", "-3", ... appended: an id no row has.
    [[nodiscard]] QString uniqueId(const QString &base) const;

    /// Replaces the rule of @p row (the kind of a built-in cannot change).
    void setRule(int row, const Alarms::AlarmRule &rule);
    /// Appends a workspace rule; its row.
    int addRule(const Alarms::AlarmRule &rule);
    /// Appends a copy of @p row as a workspace rule with a new id; its row.
    int duplicateRule(int row);
    /// Removes a workspace rule, or restores a changed default to its
    /// built-in values; false when there is nothing to remove.
    bool removeRule(int row);
    void setRuleEnabled(int row, bool enabled);

    /// Translated texts for the editor's views.
    [[nodiscard]] static QString kindText(Alarms::RuleKind kind);
    [[nodiscard]] static QString conditionText(const Alarms::AlarmRule &rule);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void modifiedChanged(bool modified);

private:
    struct Row
    {
        Alarms::AlarmRule rule;
        bool builtIn = false;
        QJsonObject written; ///< the file's object for this rule; empty when none
        bool edited = false; ///< changed since read: written no longer says it
        QString problem;
    };

    void setModified(bool modified);
    void changed(int row);
    [[nodiscard]] QJsonObject jsonOf(const Row &row) const;
    [[nodiscard]] static QString sourceText(const Row &row);

    QList<Row> m_rows;
    Alarms::AlarmRulesConfig m_defaults;
    bool m_modified = false;
};

} // namespace OpsDeck::Models
