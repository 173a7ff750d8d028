// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/jobs/operationsdialog.h"

#include <algorithm>

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "backend/jobs/workflowcatalog.h"

namespace OpsDeck::Widgets {

using Models::OperationKind;

namespace {

QString workflowTitle(const Jobs::WorkflowDefinition &d)
{
    if (d.id == QLatin1String("backup"))
        return OperationsDialog::tr("Configuration backup, four devices at a time");
    if (d.id == QLatin1String("push-dry-run"))
        return OperationsDialog::tr("Preview configuration lines (dry run, changes nothing)");
    if (d.id == QLatin1String("push-lines"))
        return OperationsDialog::tr("Push configuration lines, one device at a time, rolled back on failure");
    if (d.id == QLatin1String("command"))
        return OperationsDialog::tr("Run a command on each device in turn");
    return d.title;
}

QString workflowInputHint(Jobs::WorkflowInput input)
{
    switch (input) {
    case Jobs::WorkflowInput::ConfigurationLines:
        return OperationsDialog::tr("Configuration lines, one a line (applied in configuration mode)");
    case Jobs::WorkflowInput::Command:
        return OperationsDialog::tr("The command to run on each device");
    case Jobs::WorkflowInput::None:
        break;
    }
    return {};
}

/// Sorted unique (slug, name) pairs for a picker, shown by name.
void fillChoices(QComboBox *box, const QMap<QString, QString> &choices, const QString &any)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(any, QString());
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        box->addItem(it.value().isEmpty() ? it.key() : it.value(), it.key());
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

QPlainTextEdit *makeCodeEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

OperationsDialog::OperationsDialog(OperationKind kind, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("operationsDialog"));
    setWindowTitle(tr("Operations"));
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("operationBox"));
    m_operation->addItem(tr("Back up configuration now"), int(OperationKind::Backup));
    m_operation->addItem(tr("Run commands"), int(OperationKind::Commands));
    m_operation->addItem(tr("Launch a workflow"), int(OperationKind::Workflow));

    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("ticketEdit"));
    m_ticket->setPlaceholderText(tr("Change ticket, e.g. CHG-1234 or its URL"));
    m_ticket->setMaxLength(Jobs::kMaxTicketLength + 20); // longer text is refused with a reason, not cut
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (optional; shown with the job)"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("operationProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperationsDialog::handleSubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Operation:"), m_operation);
    form->addRow(tr("&Ticket:"), m_ticket);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildTargets(), 3);
    layout->addWidget(buildPages(), 2);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_operation->currentIndex());
        refresh();
    });
    connect(m_ticket, &QLineEdit::textChanged, this, &OperationsDialog::refresh);
    setKind(kind);
    resize(640, 620);
    refresh();
}

QWidget *OperationsDialog::buildTargets()
{
    auto *box = new QGroupBox(tr("Devices"), this);
    m_useSelection = new QRadioButton(box);
    m_useSelection->setObjectName(QStringLiteral("useSelection"));
    m_useScope = new QRadioButton(tr("Devices &matching:"), box);
    m_useScope->setObjectName(QStringLiteral("useScope"));
    m_targetMode = new QButtonGroup(box);
    m_targetMode->addButton(m_useSelection);
    m_targetMode->addButton(m_useScope);
    m_site = new QComboBox(box);
    m_site->setObjectName(QStringLiteral("siteBox"));
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("roleBox"));
    m_tag = new QComboBox(box);
    m_tag->setObjectName(QStringLiteral("tagBox"));
    for (QComboBox *c : {m_site, m_role, m_tag}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_useScope->isChecked())
                m_useScope->setChecked(true);
            refresh();
        });
    }
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("targetCount"));
    m_targets = new QListWidget(box);
    m_targets->setObjectName(QStringLiteral("targetList"));
    m_targets->setSelectionMode(QAbstractItemView::NoSelection);
    connect(m_targetMode, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_useScope);
    scopeRow->addWidget(new QLabel(tr("Site"), box));
    scopeRow->addWidget(m_site);
    scopeRow->addWidget(new QLabel(tr("Role"), box));
    scopeRow->addWidget(m_role);
    scopeRow->addWidget(new QLabel(tr("Tag"), box));
    scopeRow->addWidget(m_tag);
    scopeRow->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_useSelection);
    layout->addLayout(scopeRow);
    layout->addWidget(m_count);
    layout->addWidget(m_targets, 1);
    fillScopeChoices();
    m_useScope->setChecked(true);
    return box;
}

QWidget *OperationsDialog::buildPages()
{
    m_pages = new QStackedWidget(this);
    auto *backup = new QLabel(tr("Fetches the running configuration of every device and stores it as the device's "
                                 "next version, with the difference to the previous one. Needs no approval unless "
                                 "the workspace's policy says so."),
                              m_pages);
    backup->setWordWrap(true);
    backup->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(backup);

    auto *commands = new QWidget(m_pages);
    m_commands = makeCodeEdit(tr("show version\nshow interfaces status"), commands);
    m_commands->setObjectName(QStringLiteral("commandEdit"));
    m_commandClass = new QLabel(commands);
    m_commandClass->setObjectName(QStringLiteral("commandClass"));
    m_commandClass->setWordWrap(true);
    auto *commandLayout = new QVBoxLayout(commands);
    commandLayout->setContentsMargins(0, 0, 0, 0);
    commandLayout->addWidget(new QLabel(tr("C&ommands (one a line):"), commands));
    static_cast<QLabel *>(commandLayout->itemAt(0)->widget())->setBuddy(m_commands);
    commandLayout->addWidget(m_commands);
    commandLayout->addWidget(m_commandClass);
    m_pages->addWidget(commands);
    connect(m_commands, &QPlainTextEdit::textChanged, this, &OperationsDialog::refresh);

    auto *workflow = new QWidget(m_pages);
    m_workflow = new QComboBox(workflow);
    m_workflow->setObjectName(QStringLiteral("workflowBox"));
    for (const Jobs::WorkflowDefinition &d : Jobs::WorkflowCatalog::builtIn())
        m_workflow->addItem(workflowTitle(d), d.id);
    m_workflowText = new QLabel(workflow);
    m_workflowText->setWordWrap(true);
    m_workflowInput = makeCodeEdit(QString(), workflow);
    m_workflowInput->setObjectName(QStringLiteral("workflowInput"));
    auto *workflowLayout = new QVBoxLayout(workflow);
    workflowLayout->setContentsMargins(0, 0, 0, 0);
    auto *workflowLabel = new QLabel(tr("&Workflow:"), workflow);
    workflowLabel->setBuddy(m_workflow);
    workflowLayout->addWidget(workflowLabel);
    workflowLayout->addWidget(m_workflow);
    workflowLayout->addWidget(m_workflowText);
    workflowLayout->addWidget(m_workflowInput, 1);
    workflowLayout->addStretch(0); // keeps the text under the list while there is no input
    m_pages->addWidget(workflow);
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &OperationsDialog::refresh);
    connect(m_workflowInput, &QPlainTextEdit::textChanged, this, &OperationsDialog::refresh);
    return m_pages;
}

void OperationsDialog::setDevices(const QList<Domain::DeviceLabels> &devices)
{
    m_devices = devices;
    m_loaded = true;
    fillScopeChoices();
    refresh();
}

void OperationsDialog::setSelection(const QStringList &deviceNames)
{
    m_selection = deviceNames;
    if (!deviceNames.isEmpty())
        m_useSelection->setChecked(true);
    refresh();
}

void OperationsDialog::setScope(const Models::OperationScope &scope)
{
    // By slug, else by name (the navigation tree knows sites by name).
    const auto choose = [](QComboBox *box, const QString &label) {
        if (label.isEmpty())
            return;
        int i = box->findData(label);
        if (i < 0)
            i = box->findText(label, Qt::MatchFixedString);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    choose(m_site, scope.site);
    choose(m_role, scope.role);
    choose(m_tag, scope.tag);
    m_useScope->setChecked(true);
    refresh();
}

void OperationsDialog::setKind(OperationKind kind)
{
    m_operation->setCurrentIndex(m_operation->findData(int(kind)));
}

OperationKind OperationsDialog::kind() const
{
    return OperationKind(m_operation->currentData().toInt());
}

Models::OperationScope OperationsDialog::scope() const
{
    return {m_site->currentData().toString(), m_role->currentData().toString(), m_tag->currentData().toString()};
}

void OperationsDialog::fillScopeChoices()
{
    QMap<QString, QString> sites;
    QMap<QString, QString> roles;
    QMap<QString, QString> tags;
    for (const Domain::DeviceLabels &d : std::as_const(m_devices)) {
        if (!d.siteSlug.isEmpty() || !d.siteName.isEmpty())
            sites.insert(d.siteSlug.isEmpty() ? d.siteName : d.siteSlug, d.siteName);
        if (!d.roleSlug.isEmpty() || !d.roleName.isEmpty())
            roles.insert(d.roleSlug.isEmpty() ? d.roleName : d.roleSlug, d.roleName);
        for (qsizetype i = 0; i < d.tagSlugs.size(); ++i)
            tags.insert(d.tagSlugs.at(i), d.tagNames.value(i));
    }
    const QSignalBlocker a(m_site);
    const QSignalBlocker b(m_role);
    const QSignalBlocker c(m_tag);
    fillChoices(m_site, sites, tr("Any site"));
    fillChoices(m_role, roles, tr("Any role"));
    fillChoices(m_tag, tags, tr("Any tag"));
}

QList<Domain::DeviceLabels> OperationsDialog::targetDevices() const
{
    if (m_useScope->isChecked())
        return Models::OperationPlanner::inScope(m_devices, scope());
    QList<Domain::DeviceLabels> out;
    for (const QString &name : m_selection) {
        const auto it = std::find_if(m_devices.cbegin(), m_devices.cend(),
                                     [&name](const Domain::DeviceLabels &d) { return d.device == name; });
        Domain::DeviceLabels d;
        d.device = name;
        out << (it != m_devices.cend() ? *it : d);
    }
    return out;
}

Models::OperationPlan OperationsDialog::plan() const
{
    Models::OperationPlan p;
    p.kind = kind();
    p.devices = targetDevices();
    p.ticket = m_ticket->text();
    p.intent = m_reason->text();
    p.commands = m_commands->toPlainText();
    p.workflowId = m_workflow->currentData().toString();
    p.workflowInput = m_workflowInput->toPlainText();
    p.requester = m_requester;
    return p;
}

QString OperationsDialog::problem() const
{
    if (!m_loaded)
        return tr("Loading the workspace's devices…");
    const QList<Domain::DeviceLabels> devices = targetDevices();
    if (devices.isEmpty())
        return m_useScope->isChecked() ? tr("No device matches this site, role and tag.")
                                       : tr("No device is selected.");
    if (Models::OperationPlanner::reachable(devices).isEmpty())
        return tr("None of these devices has a primary IP address to connect to.");
    if (!m_ticket->text().trimmed().isEmpty() && !Jobs::normalizeTicket(m_ticket->text())) {
        return m_ticket->text().trimmed().size() > Jobs::kMaxTicketLength
                   ? tr("The ticket is longer than %1 characters.").arg(Jobs::kMaxTicketLength)
                   : tr("The ticket may not contain line breaks, tabs or other control characters.");
    }
    if (kind() == OperationKind::Commands && m_commands->toPlainText().trimmed().isEmpty())
        return tr("Enter the commands to run.");
    if (kind() == OperationKind::Workflow) {
        const Jobs::WorkflowDefinition d = Jobs::WorkflowCatalog::find(m_workflow->currentData().toString());
        if (d.input != Jobs::WorkflowInput::None && m_workflowInput->toPlainText().trimmed().isEmpty())
            return workflowInputHint(d.input) + QLatin1Char('.');
    }
    return {};
}

Result<Jobs::JobRequest> OperationsDialog::request() const
{
    if (const QString why = problem(); !why.isEmpty())
        return Error(ErrorCode::InvalidInput, why);
    return Models::OperationPlanner::request(plan());
}

void OperationsDialog::refresh()
{
    if (!m_pages || !m_workflowInput)
        return; // still being built
    const QList<Domain::DeviceLabels> devices = targetDevices();
    const QList<Domain::DeviceLabels> reachable = Models::OperationPlanner::reachable(devices);
    m_useSelection->setText(tr("&Selected devices (%n)", nullptr, int(m_selection.size())));
    m_useSelection->setEnabled(!m_selection.isEmpty());
    m_targets->clear();
    for (const Domain::DeviceLabels &d : devices) {
        auto *item =
            new QListWidgetItem(d.primaryIp.isEmpty() ? tr("%1 — no primary IP address, left out").arg(d.device)
                                                      : tr("%1 (%2)").arg(d.device, d.primaryIp.section(u'/', 0, 0)),
                                m_targets);
        if (d.primaryIp.isEmpty())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    const qsizetype left = devices.size() - reachable.size();
    m_count->setText(
        left > 0 ? tr("%n device(s) in the operation; %1 without an address left out.", nullptr, int(reachable.size()))
                       .arg(left)
                 : tr("%n device(s) in the operation.", nullptr, int(reachable.size())));
    if (!m_loaded)
        m_count->setText(tr("Loading the workspace's devices…"));
    refreshCommandClass();
    refreshWorkflow();
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty() && m_loaded);
    m_submit->setEnabled(why.isEmpty() && !m_busy);
}

void OperationsDialog::refreshCommandClass()
{
    const QString text = m_commands->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_commandClass->setText(tr("Read-only commands (show, display, ping, traceroute) run without approval; "
                                   "anything else is a configuration change."));
        m_commandClass->setStyleSheet({});
    } else if (Models::OperationPlanner::isReadOnly(text)) {
        m_commandClass->setText(tr("Read-only: not a configuration change, no change approval needed."));
        m_commandClass->setStyleSheet(QStringLiteral("color: #198754;"));
    } else {
        m_commandClass->setText(tr("Configuration change: submitted for approval as the workspace's policy for "
                                   "configuration pushes requires."));
        m_commandClass->setStyleSheet(QStringLiteral("color: #b8860b;"));
    }
}

void OperationsDialog::refreshWorkflow()
{
    const Jobs::WorkflowDefinition d = Jobs::WorkflowCatalog::find(m_workflow->currentData().toString());
    m_workflowInput->setVisible(d.input != Jobs::WorkflowInput::None);
    m_workflowInput->setPlaceholderText(workflowInputHint(d.input));
    m_workflowText->setText(d.input == Jobs::WorkflowInput::ConfigurationLines
                                ? tr("A configuration change: submitted for approval as the workspace's policy "
                                     "requires. Each device's progress shows in the Jobs dock.")
                                : tr("Each device's progress shows in the Jobs dock."));
}

void OperationsDialog::handleSubmit()
{
    auto r = request();
    if (!r) {
        m_problem->setText(r.error().detail);
        m_problem->show();
        return;
    }
    m_busy = true;
    m_submit->setEnabled(false);
    m_submit->setText(tr("Submitting…"));
    emit submitRequested(*r);
}

void OperationsDialog::handleSubmitted(const Jobs::Job &)
{
    m_busy = false;
    accept();
}

void OperationsDialog::handleSubmitFailed(const QString &message)
{
    m_busy = false;
    m_submit->setText(tr("&Submit"));
    m_problem->setText(message);
    m_problem->show();
    m_submit->setEnabled(problem().isEmpty());
}

QString OperationsDialog::countText() const
{
    return m_count->text();
}

QString OperationsDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString OperationsDialog::commandClassText() const
{
    return m_commandClass->text();
}

} // namespace OpsDeck::Widgets
