// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmruleform.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/alarms/alarmrulelistmodel.h"
#include "models/alarms/alarmstyle.h"

namespace OpsDeck::Widgets {

using Alarms::AlarmRule;
using Alarms::RuleKind;

namespace {

constexpr double kHuge = 1e15;

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, const QString &suffix = {})
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QHBoxLayout *row(QWidget *holder)
{
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

/// The kinds whose rules have the key of a form row.
QList<RuleKind> kindsOf(const QString &key)
{
    using K = RuleKind;
    static const QHash<QString, QList<RuleKind>> kinds{
        {QStringLiteral("metric"), {K::Threshold, K::RateOfChange, K::OpticalPower, K::Anomaly}},
        {QStringLiteral("object"), {K::Threshold, K::RateOfChange, K::OpticalPower, K::Anomaly}},
        {QStringLiteral("above"), {K::Threshold, K::RateOfChange, K::Anomaly}},
        {QStringLiteral("low"), {K::OpticalPower}},
        {QStringLiteral("hysteresis"), {K::Threshold, K::RateOfChange, K::OpticalPower, K::Anomaly}},
        {QStringLiteral("forSeconds"), {K::Threshold, K::RateOfChange, K::OpticalPower}},
        {QStringLiteral("probes"), {K::IcmpDown, K::SnmpUnreachable}},
        {QStringLiteral("lossPercent"), {K::IcmpDegraded}},
        {QStringLiteral("latencyMs"), {K::IcmpDegraded}},
        {QStringLiteral("interface"), {K::InterfaceDown}},
        {QStringLiteral("trapOid"), {K::Trap}},
        {QStringLiteral("clearTrapOid"), {K::Trap}},
        {QStringLiteral("varBinds"), {K::Trap}},
        {QStringLiteral("minimumSeverity"), {K::McpAlarm}},
        {QStringLiteral("jobKind"), {K::JobFailed}},
    };
    return kinds.value(key);
}

} // namespace

AlarmRuleForm::AlarmRuleForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildCommon(m_form);
    buildSeries(m_form);
    buildOthers(m_form);
    setRule(AlarmRule(), false);
}

AlarmRuleForm::~AlarmRuleForm() = default;

void AlarmRuleForm::watch(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, this, &AlarmRuleForm::edited);
    else if (auto *box = qobject_cast<QComboBox *>(field))
        connect(box, &QComboBox::activated, this, &AlarmRuleForm::edited);
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        connect(check, &QCheckBox::clicked, this, &AlarmRuleForm::edited);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(field))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, &AlarmRuleForm::edited);
    else if (auto *ispin = qobject_cast<QSpinBox *>(field))
        connect(ispin, &QSpinBox::valueChanged, this, &AlarmRuleForm::edited);
}

void AlarmRuleForm::addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *rowWidget,
                           QWidget *field)
{
    field->setObjectName(QStringLiteral("rule_") + key);
    m_fields.insert(key, field);
    m_rows.insert(key, rowWidget);
    watch(field);
    form->addRow(label, rowWidget);
}

void AlarmRuleForm::buildCommon(QFormLayout *form)
{
    const auto add = [this, form](const QString &key, const QString &label, QWidget *field) {
        addRow(form, key, label, field, field);
    };
    m_id = new QLineEdit(this);
    m_id->setPlaceholderText(tr("e.g. uplink-utilisation"));
    add(QStringLiteral("id"), tr("&Id:"), m_id);
    m_kind = new QComboBox(this);
    for (const auto &k : Alarms::ruleKindNames())
        m_kind->addItem(Models::AlarmRuleListModel::kindText(k.value), int(k.value));
    add(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlarmRuleForm::updateRows);
    m_severity = new QComboBox(this);
    m_minimumSeverity = new QComboBox(this);
    for (Alarms::Severity s : Models::alarmSeverities()) {
        m_severity->addItem(Models::alarmSeverityText(s), int(s));
        m_minimumSeverity->addItem(Models::alarmSeverityText(s), int(s));
    }
    add(QStringLiteral("severity"), tr("&Severity:"), m_severity);
    m_enabled = new QCheckBox(tr("&Raise alarms with this rule"), this);
    add(QStringLiteral("enabled"), QString(), m_enabled);
    m_description = new QLineEdit(this);
    add(QStringLiteral("description"), tr("&Description:"), m_description);

    // The scope: every device when all four are empty.
    auto *scope = new QWidget(this);
    QHBoxLayout *layout = row(scope);
    const auto scopeField = [this, scope, layout](const QString &key, const QString &hint) {
        auto *edit = new QLineEdit(scope);
        edit->setObjectName(QStringLiteral("rule_scope_") + key);
        edit->setPlaceholderText(hint);
        edit->setClearButtonEnabled(true);
        m_fields.insert(QStringLiteral("scope.") + key, edit);
        watch(edit);
        layout->addWidget(edit);
        return edit;
    };
    m_device = scopeField(QStringLiteral("device"), tr("device"));
    m_site = scopeField(QStringLiteral("site"), tr("site"));
    m_role = scopeField(QStringLiteral("role"), tr("role"));
    m_tag = scopeField(QStringLiteral("tag"), tr("tag"));
    scope->setToolTip(tr("Only devices with this name, site, role and tag; empty fields match every device."));
    form->addRow(tr("Sco&pe:"), scope);
}

void AlarmRuleForm::buildSeries(QFormLayout *form)
{
    const auto add = [this, form](const QString &key, const QString &label, QWidget *rowWidget, QWidget *field) {
        addRow(form, key, label, rowWidget, field);
    };
    m_metric = new QLineEdit(this);
    m_metric->setPlaceholderText(tr("e.g. if.in.util, cpu.util, optical.dbm"));
    add(QStringLiteral("metric"), tr("&Metric:"), m_metric, m_metric);
    m_object = new QLineEdit(this);
    m_object->setPlaceholderText(tr("every object; * matches any text, e.g. ifIndex:*"));
    add(QStringLiteral("object"), tr("&Object:"), m_object, m_object);

    auto *condition = new QWidget(this);
    m_direction = new QComboBox(condition);
    m_direction->setObjectName(QStringLiteral("rule_direction"));
    m_direction->addItem(tr("above"), true);
    m_direction->addItem(tr("below"), false);
    watch(m_direction);
    m_level = spin(condition, -kHuge, kHuge, 3);
    QHBoxLayout *conditionLayout = row(condition);
    conditionLayout->addWidget(m_direction);
    conditionLayout->addWidget(m_level, 1);
    add(QStringLiteral("above"), tr("Raise &when:"), condition, m_level);
    m_fields.insert(QStringLiteral("below"), m_level);

    auto *range = new QWidget(this);
    m_ownRange = new QCheckBox(tr("Own range"), range);
    m_ownRange->setObjectName(QStringLiteral("rule_ownRange"));
    m_ownRange->setToolTip(tr("Unchecked: the device's own alarm levels (DOM or MCP)."));
    watch(m_ownRange);
    m_low = spin(range, -100, 100, 2, tr(" dBm"));
    m_high = spin(range, -100, 100, 2, tr(" dBm"));
    m_high->setObjectName(QStringLiteral("rule_high"));
    watch(m_high);
    m_fields.insert(QStringLiteral("high"), m_high);
    connect(m_ownRange, &QCheckBox::toggled, m_low, &QWidget::setEnabled);
    connect(m_ownRange, &QCheckBox::toggled, m_high, &QWidget::setEnabled);
    QHBoxLayout *rangeLayout = row(range);
    rangeLayout->addWidget(m_ownRange);
    rangeLayout->addWidget(m_low, 1);
    rangeLayout->addWidget(m_high, 1);
    add(QStringLiteral("low"), tr("&Range:"), range, m_low);

    m_hysteresis = spin(this, 0, kHuge, 3);
    m_hysteresis->setToolTip(tr("Clear only once the value is back beyond the level by this much."));
    add(QStringLiteral("hysteresis"), tr("&Hysteresis:"), m_hysteresis, m_hysteresis);
    m_forSeconds = new QSpinBox(this);
    m_forSeconds->setRange(0, 86400);
    m_forSeconds->setSuffix(tr(" s"));
    m_forSeconds->setToolTip(tr("The condition must hold this long before the alarm is raised."));
    add(QStringLiteral("forSeconds"), tr("&For at least:"), m_forSeconds, m_forSeconds);
}

void AlarmRuleForm::buildOthers(QFormLayout *form)
{
    const auto add = [this, form](const QString &key, const QString &label, QWidget *field) {
        addRow(form, key, label, field, field);
    };
    m_probes = new QSpinBox(this);
    m_probes->setRange(1, 1000);
    add(QStringLiteral("probes"), tr("&In a row:"), m_probes);
    m_loss = spin(this, 0, 100, 1, tr(" %"));
    add(QStringLiteral("lossPercent"), tr("&Loss above:"), m_loss);
    m_latency = spin(this, 0, 600000, 0, tr(" ms"));
    add(QStringLiteral("latencyMs"), tr("&Latency above:"), m_latency);
    m_interface = new QLineEdit(this);
    m_interface->setPlaceholderText(tr("every interface; * matches any text, e.g. Ethernet*"));
    add(QStringLiteral("interface"), tr("&Interfaces:"), m_interface);
    m_trapOid = new QLineEdit(this);
    m_trapOid->setPlaceholderText(QStringLiteral("1.3.6.1.6.3.1.1.5.3"));
    add(QStringLiteral("trapOid"), tr("&Trap OID:"), m_trapOid);
    m_clearTrapOid = new QLineEdit(this);
    m_clearTrapOid->setPlaceholderText(tr("optional: the notification that clears the alarm"));
    add(QStringLiteral("clearTrapOid"), tr("&Clearing trap OID:"), m_clearTrapOid);
    add(QStringLiteral("varBinds"), tr("&Varbinds:"), buildVarBinds());
    m_fields.insert(QStringLiteral("varBinds"), m_varBinds);
    add(QStringLiteral("minimumSeverity"), tr("&From severity:"), m_minimumSeverity);
    m_jobKind = new QLineEdit(this);
    m_jobKind->setPlaceholderText(tr("every job kind; * matches any text, e.g. ssh.*"));
    add(QStringLiteral("jobKind"), tr("&Job kinds:"), m_jobKind);
}

QWidget *AlarmRuleForm::buildVarBinds()
{
    auto *holder = new QWidget(this);
    m_varBinds = new QTableWidget(0, 3, holder);
    m_varBinds->setHorizontalHeaderLabels({tr("OID prefix"), tr("Equals"), tr("Matches (regular expression)")});
    m_varBinds->horizontalHeader()->setStretchLastSection(true);
    m_varBinds->verticalHeader()->hide();
    m_varBinds->setMaximumHeight(110);
    connect(m_varBinds, &QTableWidget::itemChanged, this, &AlarmRuleForm::edited);
    auto *add = new QPushButton(tr("Add"), holder);
    auto *remove = new QPushButton(tr("Remove"), holder);
    connect(add, &QPushButton::clicked, this, [this] { addVarBind({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_varBinds->currentRow() >= 0)
            m_varBinds->removeRow(m_varBinds->currentRow());
        emit edited();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    QHBoxLayout *layout = row(holder);
    layout->addWidget(m_varBinds, 1);
    layout->addLayout(buttons);
    return holder;
}

void AlarmRuleForm::addVarBind(const Alarms::VarBindMatch &match)
{
    const int r = m_varBinds->rowCount();
    m_varBinds->insertRow(r);
    m_varBinds->setItem(r, 0, new QTableWidgetItem(match.oid));
    m_varBinds->setItem(r, 1, new QTableWidgetItem(match.equals));
    m_varBinds->setItem(r, 2, new QTableWidgetItem(match.matches));
}

RuleKind AlarmRuleForm::kind() const
{
    return RuleKind(m_kind->currentData().toInt());
}

void AlarmRuleForm::updateRows()
{
    const RuleKind k = kind();
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        const QList<RuleKind> kinds = kindsOf(it.key());
        if (!kinds.isEmpty())
            m_form->setRowVisible(it.value(), kinds.contains(k));
    }
    m_form->setRowVisible(m_severity, k != RuleKind::McpAlarm);
    // An anomaly score only raises above its level.
    if (k == RuleKind::Anomaly)
        m_direction->setCurrentIndex(0);
    m_direction->setEnabled(k != RuleKind::Anomaly);
    m_level->setMinimum(k == RuleKind::Anomaly ? 0 : -kHuge);
}

void AlarmRuleForm::setRule(const AlarmRule &rule, bool builtIn)
{
    m_base = rule;
    showProblem({});
    m_id->setText(rule.id);
    m_id->setReadOnly(builtIn);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_kind->setEnabled(!builtIn);
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_minimumSeverity->setCurrentIndex(m_minimumSeverity->findData(int(rule.minimumSeverity)));
    m_enabled->setChecked(rule.enabled);
    m_description->setText(rule.description);
    m_device->setText(rule.scope.device);
    m_site->setText(rule.scope.site);
    m_role->setText(rule.scope.role);
    m_tag->setText(rule.scope.tag);
    m_metric->setText(rule.metric);
    m_object->setText(rule.object);
    m_direction->setCurrentIndex(rule.hasBelow() && !rule.hasAbove() ? 1 : 0);
    m_level->setValue(rule.hasAbove() ? rule.above : rule.hasBelow() ? rule.below : 0);
    const bool own = !std::isnan(rule.low) && !std::isnan(rule.high);
    m_ownRange->setChecked(own);
    m_low->setEnabled(own);
    m_high->setEnabled(own);
    m_low->setValue(own ? rule.low : -10);
    m_high->setValue(own ? rule.high : 2);
    m_hysteresis->setValue(rule.hysteresis);
    m_forSeconds->setValue(rule.forSeconds);
    m_probes->setValue(rule.probes);
    m_loss->setValue(rule.lossPercent);
    m_latency->setValue(rule.latencyMs);
    m_interface->setText(rule.interface);
    m_trapOid->setText(rule.trapOid);
    m_clearTrapOid->setText(rule.clearTrapOid);
    {
        const QSignalBlocker block(m_varBinds);
        m_varBinds->setRowCount(0);
        for (const Alarms::VarBindMatch &m : rule.varBinds)
            addVarBind(m);
    }
    m_jobKind->setText(rule.jobKind);
    updateRows();
}

AlarmRule AlarmRuleForm::rule() const
{
    AlarmRule r = m_base;
    const auto text = [](const QLineEdit *edit) { return edit->text().trimmed(); };
    r.id = text(m_id);
    r.kind = kind();
    r.severity = Alarms::Severity(m_severity->currentData().toInt());
    r.enabled = m_enabled->isChecked();
    r.description = text(m_description);
    r.scope = {text(m_device), text(m_site), text(m_role), text(m_tag)};
    const bool series = r.isSeriesRule() || r.kind == RuleKind::Anomaly;
    r.metric = series ? text(m_metric) : QString();
    r.object = series ? text(m_object) : QString();
    r.above = AlarmRule::kUnset;
    r.below = AlarmRule::kUnset;
    r.low = AlarmRule::kUnset;
    r.high = AlarmRule::kUnset;
    if (r.kind == RuleKind::Threshold || r.kind == RuleKind::RateOfChange || r.kind == RuleKind::Anomaly)
        (m_direction->currentData().toBool() ? r.above : r.below) = m_level->value();
    if (r.kind == RuleKind::OpticalPower && m_ownRange->isChecked()) {
        r.low = m_low->value();
        r.high = m_high->value();
    }
    r.hysteresis = series ? m_hysteresis->value() : 0;
    r.forSeconds = r.isSeriesRule() ? m_forSeconds->value() : 0;
    r.probes = m_probes->value();
    r.lossPercent = m_loss->value();
    r.latencyMs = m_latency->value();
    r.interface = r.kind == RuleKind::InterfaceDown ? text(m_interface) : QString();
    r.varBinds.clear();
    if (r.kind == RuleKind::Trap) {
        r.trapOid = text(m_trapOid);
        r.clearTrapOid = text(m_clearTrapOid);
        for (int i = 0; i < m_varBinds->rowCount(); ++i) {
            const auto cell = [this, i](int c) {
                const QTableWidgetItem *item = m_varBinds->item(i, c);
                return item ? item->text().trimmed() : QString();
            };
            r.varBinds << Alarms::VarBindMatch{cell(0), cell(1), cell(2)};
        }
    } else {
        r.trapOid.clear();
        r.clearTrapOid.clear();
    }
    r.minimumSeverity = Alarms::Severity(m_minimumSeverity->currentData().toInt());
    r.jobKind = r.kind == RuleKind::JobFailed ? text(m_jobKind) : QString();
    return r;
}

QWidget *AlarmRuleForm::field(const QString &key) const
{
    static const QRegularExpression varBind(QStringLiteral("^varBinds\\[(\\d+)\\]"));
    if (varBind.match(key).hasMatch())
        return m_varBinds;
    return m_fields.value(key);
}

void AlarmRuleForm::showProblem(const QString &key)
{
    if (m_marked)
        m_marked->setStyleSheet({});
    m_marked = key.isEmpty() ? nullptr : field(key);
    if (!m_marked)
        return;
    m_marked->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
    static const QRegularExpression varBind(QStringLiteral("^varBinds\\[(\\d+)\\]\\.(\\w+)"));
    if (const auto m = varBind.match(key); m.hasMatch()) {
        const int column = m.captured(2) == u"oid" ? 0 : m.captured(2) == u"equals" ? 1 : 2;
        m_varBinds->setCurrentCell(m.captured(1).toInt(), column);
    }
    m_marked->setFocus(Qt::OtherFocusReason);
}

} // namespace OpsDeck::Widgets
