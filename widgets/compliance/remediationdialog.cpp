// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/compliance/remediationdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/jobs/diffhighlighter.h"

namespace OpsDeck::Widgets {

RemediationDialog::RemediationDialog(const QString &device, const QStringList &initial, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
    , m_lines(new QPlainTextEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_plan(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_push(new QPushButton(tr("&Push…"), this))
{
    setObjectName(QStringLiteral("remediationDialog"));
    setWindowTitle(tr("Remediate %1").arg(device));
    resize(760, 620);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lines->setObjectName(QStringLiteral("remediationLines"));
    m_lines->setFont(fixed);
    m_lines->setPlainText(initial.join(u'\n'));
    m_ticket->setObjectName(QStringLiteral("remediationTicket"));
    m_ticket->setPlaceholderText(tr("Change or incident reference, or its URL"));
    m_plan->setObjectName(QStringLiteral("remediationPlan"));
    m_plan->setReadOnly(true);
    m_plan->setFont(fixed);
    m_plan->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_plan->setPlaceholderText(tr("Dry Run shows here how the device's configuration would change."));
    new DiffHighlighter(m_plan->document());
    m_status->setObjectName(QStringLiteral("remediationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dryRun->setToolTip(tr("Ask the service for the diff these lines would make, without changing the device"));
    m_push->setToolTip(tr("Submit the push: it waits for approval as the policy says, is verified and rolled back "
                          "when the device does not take the lines"));
    m_push->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Device:"), new QLabel(device, this));
    form->addRow(tr("&Lines to push:"), m_lines);
    form->addRow(tr("&Ticket:"), m_ticket);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_push, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(new QLabel(tr("Planned change:"), this));
    layout->addWidget(m_plan, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        if (lines().isEmpty()) {
            setStatus(tr("There is nothing to push."), true);
            return;
        }
        m_dryRun->setEnabled(false);
        setStatus(tr("Asking the service for a dry run…"), false);
        emit dryRunRequested(m_device, lines(), ticket());
    });
    connect(m_push, &QPushButton::clicked, this, [this] {
        m_push->setEnabled(false);
        m_dryRun->setEnabled(false);
        setStatus(tr("Submitting the push…"), false);
        emit pushRequested(m_device, lines(), ticket());
    });
    // Edited lines need a dry run of their own before they can be pushed.
    connect(m_lines, &QPlainTextEdit::textChanged, this,
            [this] { m_push->setEnabled(!m_planned.isEmpty() && m_planned == lines()); });
}

RemediationDialog::~RemediationDialog() = default;

QStringList RemediationDialog::lines() const
{
    QStringList out = m_lines->toPlainText().split(u'\n');
    out.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    return out;
}

QString RemediationDialog::ticket() const
{
    return m_ticket->text().trimmed();
}

QString RemediationDialog::statusText() const
{
    return m_status->text();
}

void RemediationDialog::showDryRunSubmitted(const QString &jobId)
{
    setStatus(tr("Dry run %1 is under way.").arg(jobId), false);
}

void RemediationDialog::showPlan(const QString &diff)
{
    m_planned = lines();
    m_plan->setPlainText(diff);
    m_dryRun->setEnabled(true);
    m_push->setEnabled(!diff.isEmpty());
    setStatus(diff.isEmpty() ? tr("These lines would not change the device's configuration.")
                             : tr("The dry run is done: Push submits these lines."),
              false);
}

void RemediationDialog::showPushSubmitted(const QString &jobId)
{
    setStatus(tr("Push %1 submitted; the Jobs dock follows it (approval, push, verification). The device is "
                 "backed up and checked again when it ends.")
                  .arg(jobId),
              false);
}

void RemediationDialog::showProblem(const QString &text)
{
    m_dryRun->setEnabled(true);
    m_push->setEnabled(!m_planned.isEmpty() && m_planned == lines());
    setStatus(text, true);
}

void RemediationDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #9a1c1c;") : QString());
}

} // namespace OpsDeck::Widgets
