// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/alarms/alarmrulelistmodel.h"

#include <QColor>
#include <QFont>

#include "models/alarms/alarmstyle.h"
#include "models/session/alarms/rulesession.h"

namespace OpsDeck::Models {

using Alarms::AlarmRule;
using Alarms::RuleKind;

namespace {

/// toJson() with the keys it leaves out at their defaults written anyway,
/// so that an edited default can say "back to 0".
QJsonObject fullJson(const AlarmRule &rule)
{
    QJsonObject o = rule.toJson();
    if (rule.isSeriesRule() || rule.kind == RuleKind::Anomaly)
        o.insert(QStringLiteral("hysteresis"), rule.hysteresis);
    if (rule.isSeriesRule())
        o.insert(QStringLiteral("forSeconds"), rule.forSeconds);
    return o;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

AlarmRuleListModel::AlarmRuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_defaults(Alarms::AlarmRulesConfig::defaults())
{
    setSection({});
}

AlarmRuleListModel::~AlarmRuleListModel() = default;

void AlarmRuleListModel::setSection(const QJsonObject &alarms)
{
    beginResetModel();
    m_rows.clear();
    for (const AlarmRule &r : std::as_const(m_defaults.rules))
        m_rows << Row{r, true, {}, false, {}};
    const QJsonArray rules = alarms.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject json = v.toObject();
        const int existing = rowOf(json.value(QStringLiteral("id")).toString());
        const bool overrides = existing >= 0 && m_rows.at(existing).builtIn && m_rows.at(existing).written.isEmpty();
        QList<RuleProblem> problems;
        const AlarmRule rule = RuleSession::readRule(json, overrides ? &m_rows.at(existing).rule : nullptr, &problems);
        Row row{rule, overrides, json, false, {}};
        if (!problems.isEmpty())
            row.problem = problems.constFirst().message;
        if (overrides)
            m_rows[existing] = row;
        else
            m_rows << row;
    }
    endResetModel();
    setModified(false);
}

QJsonArray AlarmRuleListModel::rulesJson() const
{
    QJsonArray out;
    for (const Row &row : m_rows) {
        const QJsonObject json = jsonOf(row);
        if (!json.isEmpty())
            out << json;
    }
    return out;
}

QJsonObject AlarmRuleListModel::jsonOf(const Row &row) const
{
    if (!row.edited)
        return row.written;
    if (!row.builtIn)
        return row.rule.toJson();
    // Only what differs from the built-in rule, so that the workspace keeps
    // following improvements of the defaults it did not change.
    const AlarmRule *builtIn = m_defaults.rule(row.rule.id);
    const QJsonObject mine = fullJson(row.rule);
    const QJsonObject base = builtIn ? fullJson(*builtIn) : QJsonObject();
    QJsonObject diff;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        if (base.value(it.key()) != it.value())
            diff.insert(it.key(), it.value());
    }
    if (diff.isEmpty())
        return {};
    diff.insert(QStringLiteral("id"), row.rule.id);
    return diff;
}

void AlarmRuleListModel::setSaved()
{
    for (Row &row : m_rows) {
        row.written = jsonOf(row);
        row.edited = false;
        row.problem.clear();
    }
    setModified(false);
}

AlarmRule AlarmRuleListModel::rule(int row) const
{
    return m_rows.value(row).rule;
}

bool AlarmRuleListModel::isBuiltIn(int row) const
{
    return m_rows.value(row).builtIn;
}

bool AlarmRuleListModel::isChangedDefault(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).builtIn)
        return false;
    return !jsonOf(m_rows.at(row)).isEmpty();
}

int AlarmRuleListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).rule.id == id)
            return i;
    }
    return -1;
}

QStringList AlarmRuleListModel::ids() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out << row.rule.id;
    return out;
}

QString AlarmRuleListModel::uniqueId(const QString &base) const
{
    QString id = base;
    for (int n = 2; rowOf(id) >= 0; ++n)
        id = base + QStringLiteral("-%1").arg(n);
    return id;
}

void AlarmRuleListModel::setRule(int row, const AlarmRule &rule)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    AlarmRule next = rule;
    if (r.builtIn) {
        next.id = r.rule.id;
        next.kind = r.rule.kind;
    }
    r.rule = next;
    r.problem.clear();
    changed(row);
}

int AlarmRuleListModel::addRule(const AlarmRule &rule)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row{rule, false, {}, true, {}};
    endInsertRows();
    setModified(true);
    return row;
}

int AlarmRuleListModel::duplicateRule(int row)
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    AlarmRule copy = m_rows.at(row).rule;
    copy.id = uniqueId(copy.id + QStringLiteral("-copy"));
    copy.origin.clear();
    return addRule(copy);
}

bool AlarmRuleListModel::removeRule(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (m_rows.at(row).builtIn) {
        if (!isChangedDefault(row) && m_rows.at(row).written.isEmpty())
            return false;
        const AlarmRule *builtIn = m_defaults.rule(m_rows.at(row).rule.id);
        m_rows[row] = Row{builtIn ? *builtIn : m_rows.at(row).rule, true, {}, true, {}};
        changed(row);
        return true;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    setModified(true);
    return true;
}

void AlarmRuleListModel::setRuleEnabled(int row, bool enabled)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).rule.enabled == enabled)
        return;
    m_rows[row].rule.enabled = enabled;
    changed(row);
}

void AlarmRuleListModel::changed(int row)
{
    m_rows[row].edited = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    setModified(true);
}

void AlarmRuleListModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

int AlarmRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmRuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmRuleListModel::sourceText(const Row &row)
{
    if (!row.builtIn)
        return tr("Workspace");
    return row.written.isEmpty() && !row.edited ? tr("Built-in") : tr("Built-in, changed");
}

QVariant AlarmRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AlarmRule &r = row.rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case KindColumn:
            return kindText(r.kind);
        case SeverityColumn:
            return r.kind == RuleKind::McpAlarm ? tr("as MCP says") : alarmSeverityText(r.severity);
        case ConditionColumn:
            return conditionText(r);
        case SourceColumn:
            return sourceText(row);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == IdColumn)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return row.problem;
        return r.description.isEmpty() ? QVariant() : r.description;
    case Qt::ForegroundRole:
        if (!row.problem.isEmpty())
            return QColor(0xb0, 0x00, 0x20);
        if (!r.enabled)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (row.builtIn && index.column() == SourceColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case BuiltInRole:
        return row.builtIn;
    case ProblemRole:
        return row.problem;
    }
    return {};
}

QVariant AlarmRuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Rule");
    case KindColumn:
        return tr("Kind");
    case SeverityColumn:
        return tr("Severity");
    case ConditionColumn:
        return tr("Condition");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags AlarmRuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == IdColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AlarmRuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || index.column() != IdColumn)
        return false;
    setRuleEnabled(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

QString AlarmRuleListModel::kindText(RuleKind kind)
{
    switch (kind) {
    case RuleKind::IcmpDown:
        return tr("Ping down");
    case RuleKind::IcmpDegraded:
        return tr("Ping degraded");
    case RuleKind::SnmpUnreachable:
        return tr("SNMP unreachable");
    case RuleKind::InterfaceDown:
        return tr("Interface down");
    case RuleKind::Threshold:
        return tr("Threshold");
    case RuleKind::RateOfChange:
        return tr("Rate of change");
    case RuleKind::OpticalPower:
        return tr("Optical power");
    case RuleKind::Trap:
        return tr("SNMP trap");
    case RuleKind::McpAlarm:
        return tr("MCP alarm");
    case RuleKind::JobFailed:
        return tr("Failed job");
    case RuleKind::Anomaly:
        break;
    }
    return tr("Anomaly");
}

QString AlarmRuleListModel::conditionText(const AlarmRule &r)
{
    const QString on = r.object.isEmpty() ? r.metric : tr("%1 of %2").arg(r.metric, r.object);
    const QString held = r.forSeconds > 0 ? tr(" for %n s", nullptr, r.forSeconds) : QString();
    switch (r.kind) {
    case RuleKind::IcmpDown:
        return tr("%n probe(s) lost in a row", nullptr, r.probes);
    case RuleKind::IcmpDegraded:
        return tr("loss above %1 % or latency above %2 ms").arg(number(r.lossPercent), number(r.latencyMs));
    case RuleKind::SnmpUnreachable:
        return tr("%n poll(s) unanswered in a row", nullptr, r.probes);
    case RuleKind::InterfaceDown:
        return r.interface.isEmpty() ? tr("any interface") : tr("interfaces %1").arg(r.interface);
    case RuleKind::Threshold:
    case RuleKind::RateOfChange: {
        const QString what = r.kind == RuleKind::RateOfChange ? tr("change per second of %1").arg(on) : on;
        if (r.hasAbove())
            return tr("%1 above %2%3").arg(what, number(r.above), held);
        if (r.hasBelow())
            return tr("%1 below %2%3").arg(what, number(r.below), held);
        return what;
    }
    case RuleKind::OpticalPower:
        if (!std::isnan(r.low) && !std::isnan(r.high))
            return tr("%1 outside %2 to %3 dBm%4").arg(on, number(r.low), number(r.high), held);
        return tr("%1 outside the device's levels%2").arg(on, held);
    case RuleKind::Trap:
        return tr("trap %1").arg(r.trapOid);
    case RuleKind::McpAlarm:
        return tr("MCP alarms from %1").arg(alarmSeverityText(r.minimumSeverity));
    case RuleKind::JobFailed:
        return r.jobKind.isEmpty() ? tr("any job") : tr("jobs %1").arg(r.jobKind);
    case RuleKind::Anomaly:
        return tr("anomaly score of %1 above %2").arg(r.metric.isEmpty() ? tr("any metric") : on, number(r.above));
    }
    return {};
}

} // namespace OpsDeck::Models
