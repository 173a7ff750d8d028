// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/credentialprofileseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

namespace {

// SNMP profile columns after the name; SSH has credentials and user.
enum SnmpColumn { SnmpVersionColumn = 1, SnmpCredentialsColumn, SnmpPortColumn, SnmpColumns };
enum SshColumn { SshCredentialsColumn = 1, SshUserColumn, SshColumns };

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CredentialProfilesEditor::CredentialProfilesEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    const bool snmp = kind == Kind::Snmp;
    setObjectName(snmp ? QStringLiteral("snmpProfilesEditor") : QStringLiteral("sshProfilesEditor"));
    m_profiles = makeTable(snmp ? QStringList{tr("Name"), tr("Version"), tr("Credential"), tr("Port")}
                                : QStringList{tr("Name"), tr("Credential"), tr("User")},
                           QStringLiteral("profilesTable"), this);
    m_rules = makeTable({tr("Site"), tr("Role"), tr("Tag"), tr("Profile")}, QStringLiteral("rulesTable"), this);
    connect(m_profiles, &QTableWidget::cellChanged, this, &CredentialProfilesEditor::handleProfileEdited);

    auto *addProfile = button(tr("Add Profile"), QStringLiteral("addProfile"), this);
    auto *removeProfile = button(tr("Remove Profile"), QStringLiteral("removeProfile"), this);
    auto *addRule = button(tr("Add Rule"), QStringLiteral("addRule"), this);
    auto *removeRule = button(tr("Remove Rule"), QStringLiteral("removeRule"), this);
    auto *up = button(tr("Move Up"), QStringLiteral("moveRuleUp"), this);
    auto *down = button(tr("Move Down"), QStringLiteral("moveRuleDown"), this);
    connect(addProfile, &QPushButton::clicked, this, &CredentialProfilesEditor::addProfile);
    connect(removeProfile, &QPushButton::clicked, this, &CredentialProfilesEditor::removeProfile);
    connect(addRule, &QPushButton::clicked, this, &CredentialProfilesEditor::addRule);
    connect(removeRule, &QPushButton::clicked, this, &CredentialProfilesEditor::removeRule);
    connect(up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRule(1); });

    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(addProfile);
    profileButtons->addWidget(removeProfile);
    profileButtons->addStretch(1);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *b : {addRule, removeRule, up, down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        snmp ? tr("Devices get the profile of the first rule matching their site, role and tag (slugs or names "
                  "as NetBox has them); the others are polled with the SNMP Polling tab's setting. Credentials "
                  "are names of vault entries (Workspace › Credentials…).")
             : tr("SSH jobs that name no credential use the profile of the first rule matching the device's site, "
                  "role and tag. Credentials are names of vault entries holding NAME/key or NAME/password."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Profiles:"), this));
    layout->addWidget(m_profiles, 1);
    layout->addLayout(profileButtons);
    layout->addWidget(new QLabel(tr("Rules, first match wins:"), this));
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
}

void CredentialProfilesEditor::setConfig(const Workspace::CredentialProfilesConfig &config)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->setRowCount(0);
    if (m_kind == Kind::Snmp) {
        for (const Workspace::SnmpProfile &p : config.snmp.profiles)
            addProfileRow(p, {});
    } else {
        for (const Workspace::SshProfile &p : config.ssh.profiles)
            addProfileRow({}, p);
    }
    setRules(m_kind == Kind::Snmp ? config.snmp.rules : config.ssh.rules);
}

void CredentialProfilesEditor::apply(Workspace::CredentialProfilesConfig &config) const
{
    if (m_kind == Kind::Snmp) {
        config.snmp.profiles.clear();
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            Workspace::SnmpProfile p;
            p.name = cellText(m_profiles, row, NameColumn);
            const auto *version = qobject_cast<QComboBox *>(m_profiles->cellWidget(row, SnmpVersionColumn));
            p.version = Workspace::SnmpVersion(version->currentData().toInt());
            p.credentials.path = cellText(m_profiles, row, SnmpCredentialsColumn);
            p.port = qobject_cast<QSpinBox *>(m_profiles->cellWidget(row, SnmpPortColumn))->value();
            config.snmp.profiles.append(p);
        }
        config.snmp.rules = rules();
    } else {
        config.ssh.profiles.clear();
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            config.ssh.profiles.append(Workspace::SshProfile{cellText(m_profiles, row, NameColumn),
                                                             {cellText(m_profiles, row, SshCredentialsColumn)},
                                                             cellText(m_profiles, row, SshUserColumn)});
        }
        config.ssh.rules = rules();
    }
}

void CredentialProfilesEditor::setChoices(const Domain::LabelChoices &choices)
{
    m_choices = choices;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        fillChoices(ruleCombo(row, SiteColumn), m_choices.sites);
        fillChoices(ruleCombo(row, RoleColumn), m_choices.roles);
        fillChoices(ruleCombo(row, TagColumn), m_choices.tags);
    }
}

void CredentialProfilesEditor::addProfileRow(const Workspace::SnmpProfile &snmp, const Workspace::SshProfile &ssh)
{
    const QSignalBlocker blocker(m_profiles);
    const int row = m_profiles->rowCount();
    m_profiles->insertRow(row);
    const QString name = m_kind == Kind::Snmp ? snmp.name : ssh.name;
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(Qt::UserRole, name); // the name rules refer to, followed on rename
    m_profiles->setItem(row, NameColumn, nameItem);
    if (m_kind == Kind::Ssh) {
        m_profiles->setItem(row, SshCredentialsColumn, new QTableWidgetItem(ssh.credentials.path));
        m_profiles->setItem(row, SshUserColumn, new QTableWidgetItem(ssh.user));
        return;
    }
    auto *version = new QComboBox(m_profiles);
    version->setObjectName(QStringLiteral("profileVersion"));
    version->addItem(QStringLiteral("v2c"), int(Workspace::SnmpVersion::V2c));
    version->addItem(QStringLiteral("v3"), int(Workspace::SnmpVersion::V3));
    version->addItem(QStringLiteral("v1"), int(Workspace::SnmpVersion::V1));
    version->setCurrentIndex(version->findData(int(snmp.version)));
    m_profiles->setCellWidget(row, SnmpVersionColumn, version);
    m_profiles->setItem(row, SnmpCredentialsColumn, new QTableWidgetItem(snmp.credentials.path));
    auto *port = new QSpinBox(m_profiles);
    port->setObjectName(QStringLiteral("profilePort"));
    port->setRange(1, 65535);
    port->setValue(snmp.port);
    m_profiles->setCellWidget(row, SnmpPortColumn, port);
}

void CredentialProfilesEditor::addRuleRow(const Workspace::ProfileRule &rule)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    const auto field = [&](int column, const QString &text, const QList<Domain::LabelChoice> &choices,
                           const QString &placeholder) {
        auto *combo = new QComboBox(m_rules);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        fillChoices(combo, choices);
        combo->setEditText(text);
        combo->lineEdit()->setPlaceholderText(placeholder);
        m_rules->setCellWidget(row, column, combo);
    };
    field(SiteColumn, rule.site, m_choices.sites, tr("any site"));
    field(RoleColumn, rule.role, m_choices.roles, tr("any role"));
    field(TagColumn, rule.tag, m_choices.tags, tr("any tag"));
    auto *profile = new QComboBox(m_rules);
    profile->addItems(profileNames());
    if (profile->findText(rule.profile) < 0)
        profile->addItem(rule.profile);
    profile->setCurrentText(rule.profile);
    m_rules->setCellWidget(row, ProfileColumn, profile);
}

QList<Workspace::ProfileRule> CredentialProfilesEditor::rules() const
{
    QList<Workspace::ProfileRule> out;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        out.append(Workspace::ProfileRule{
            ruleCombo(row, SiteColumn)->currentText().trimmed(), ruleCombo(row, RoleColumn)->currentText().trimmed(),
            ruleCombo(row, TagColumn)->currentText().trimmed(), ruleCombo(row, ProfileColumn)->currentText()});
    }
    return out;
}

void CredentialProfilesEditor::setRules(const QList<Workspace::ProfileRule> &rules)
{
    m_rules->setRowCount(0);
    for (const Workspace::ProfileRule &rule : rules)
        addRuleRow(rule);
}

QStringList CredentialProfilesEditor::profileNames() const
{
    QStringList names;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const QString name = cellText(m_profiles, row, NameColumn);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

void CredentialProfilesEditor::refreshProfileChoices()
{
    const QStringList names = profileNames();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        QComboBox *combo = ruleCombo(row, ProfileColumn);
        const QString current = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(names);
        if (!current.isEmpty() && combo->findText(current) < 0)
            combo->addItem(current); // a name no profile has: shown, and refused on save
        combo->setCurrentText(current);
    }
}

void CredentialProfilesEditor::handleProfileEdited(int row, int column)
{
    if (column != NameColumn)
        return;
    QTableWidgetItem *item = m_profiles->item(row, NameColumn);
    const QString before = item->data(Qt::UserRole).toString();
    const QString after = item->text().trimmed();
    // Rules follow a renamed profile.
    for (int r = 0; r < m_rules->rowCount() && !before.isEmpty(); ++r) {
        QComboBox *combo = ruleCombo(r, ProfileColumn);
        if (combo->currentText() == before) {
            const QSignalBlocker blocker(combo);
            combo->setItemText(combo->currentIndex(), after);
        }
    }
    const QSignalBlocker blocker(m_profiles);
    item->setData(Qt::UserRole, after);
    refreshProfileChoices();
}

void CredentialProfilesEditor::addProfile()
{
    const QString base = m_kind == Kind::Snmp ? QStringLiteral("snmp-profile") : QStringLiteral("ssh-profile");
    const QStringList names = profileNames();
    QString name = base;
    for (int i = 2; names.contains(name); ++i)
        name = base + QLatin1Char('-') + QString::number(i);
    Workspace::SnmpProfile snmp;
    snmp.name = name;
    addProfileRow(snmp, {name, {}, {}});
    refreshProfileChoices();
    const int row = m_profiles->rowCount() - 1;
    m_profiles->setCurrentCell(row, NameColumn);
    m_profiles->editItem(m_profiles->item(row, NameColumn));
}

void CredentialProfilesEditor::removeProfile()
{
    const int row = m_profiles->currentRow();
    if (row < 0)
        return;
    m_profiles->removeRow(row);
    refreshProfileChoices();
}

void CredentialProfilesEditor::addRule()
{
    addRuleRow({{}, {}, {}, profileNames().value(0)});
    m_rules->setCurrentCell(m_rules->rowCount() - 1, SiteColumn);
}

void CredentialProfilesEditor::removeRule()
{
    const int row = m_rules->currentRow();
    if (row >= 0)
        m_rules->removeRow(row);
}

void CredentialProfilesEditor::moveRule(int delta)
{
    const int row = m_rules->currentRow();
    QList<Workspace::ProfileRule> list = rules();
    if (row < 0 || row + delta < 0 || row + delta >= list.size())
        return;
    list.swapItemsAt(row, row + delta);
    setRules(list);
    m_rules->setCurrentCell(row + delta, SiteColumn);
}

QComboBox *CredentialProfilesEditor::ruleCombo(int row, int column) const
{
    return qobject_cast<QComboBox *>(m_rules->cellWidget(row, column));
}

void CredentialProfilesEditor::fillChoices(QComboBox *combo, const QList<Domain::LabelChoice> &choices) const
{
    const QString current = combo->currentText();
    combo->clear();
    for (const Domain::LabelChoice &c : choices) {
        combo->addItem(c.slug.isEmpty() ? c.name : c.slug);
        combo->setItemData(combo->count() - 1, c.name, Qt::ToolTipRole);
    }
    combo->setEditText(current);
}

} // namespace OpsDeck::Widgets
