// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmrulesdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/alarms/alarmrulelistmodel.h"
#include "models/session/alarms/rulesession.h"
#include "widgets/alarms/alarmruleeditdialog.h"

namespace OpsDeck::Widgets {

using Models::AlarmRuleListModel;
using Models::RuleSession;

AlarmRulesDialog::AlarmRulesDialog(RuleSession *session, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_folder(folder)
    , m_model(new AlarmRuleListModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("alarmRulesDialog"));
    setWindowTitle(tr("Alarm Rules"));
    m_view->setObjectName(QStringLiteral("alarmRulesView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AlarmRuleListModel::ConditionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AlarmRuleListModel::IdColumn, 190);
    m_view->setColumnWidth(AlarmRuleListModel::KindColumn, 120);
    m_view->setColumnWidth(AlarmRuleListModel::SeverityColumn, 90);
    m_status->setObjectName(QStringLiteral("alarmRulesStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_add->setObjectName(QStringLiteral("addRule"));
    m_edit->setObjectName(QStringLiteral("editRule"));
    m_duplicate->setObjectName(QStringLiteral("duplicateRule"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_toggle->setObjectName(QStringLiteral("toggleRule"));
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_save->setToolTip(tr("Write the rules into the workspace file and have the service apply them"));
    m_buttons->addButton(m_save, QDialogButtonBox::ApplyRole);

    auto *hint = new QLabel(tr("Built-in rules can be changed or turned off, not removed; removing a changed one "
                               "restores its built-in values. Check a rule to enable it."),
                            this);
    hint->setWordWrap(true);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_remove, m_toggle}) {
        b->setAutoDefault(false);
        side->addWidget(b);
    }
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(900, 520);

    connect(m_add, &QPushButton::clicked, this, &AlarmRulesDialog::addRule);
    connect(m_edit, &QPushButton::clicked, this, &AlarmRulesDialog::editRule);
    connect(m_duplicate, &QPushButton::clicked, this, &AlarmRulesDialog::duplicateRule);
    connect(m_remove, &QPushButton::clicked, this, &AlarmRulesDialog::removeRule);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        m_model->setRuleEnabled(row, !m_model->rule(row).enabled);
        updateButtons();
    });
    connect(m_save, &QPushButton::clicked, this, &AlarmRulesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlarmRulesDialog::reject);
    connect(m_view, &QTreeView::doubleClicked, this, &AlarmRulesDialog::editRule);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlarmRulesDialog::updateButtons);
    connect(m_model, &AlarmRuleListModel::modifiedChanged, this, &AlarmRulesDialog::updateButtons);
    connect(m_model, &AlarmRuleListModel::dataChanged, this, &AlarmRulesDialog::updateButtons);
    connect(m_session, &RuleSession::loaded, this, &AlarmRulesDialog::handleLoaded);
    connect(m_session, &RuleSession::loadFailed, this, &AlarmRulesDialog::handleLoadFailed);
    connect(m_session, &RuleSession::saved, this, &AlarmRulesDialog::handleSaved);
    connect(m_session, &RuleSession::saveFailed, this, &AlarmRulesDialog::handleSaveFailed);

    updateButtons();
    showStatus(tr("Reading the workspace's rules…"), false);
    m_session->load(m_folder);
}

AlarmRulesDialog::~AlarmRulesDialog() = default;

AlarmRuleEditDialog *AlarmRulesDialog::editor() const
{
    return m_editor;
}

QString AlarmRulesDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

int AlarmRulesDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AlarmRulesDialog::selectRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void AlarmRulesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void AlarmRulesDialog::updateButtons()
{
    const int row = currentRow();
    const bool has = row >= 0 && m_loaded;
    m_add->setEnabled(m_loaded);
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has && (!m_model->isBuiltIn(row) || m_model->isChangedDefault(row)));
    m_remove->setText(has && m_model->isBuiltIn(row) ? tr("&Restore Default") : tr("&Remove"));
    m_toggle->setEnabled(has);
    m_toggle->setText(has && !m_model->rule(row).enabled ? tr("E&nable") : tr("&Disable"));
    m_save->setEnabled(m_loaded && !m_saving && m_model->isModified());
}

void AlarmRulesDialog::handleLoaded(const QJsonObject &alarms)
{
    m_base = alarms;
    m_model->setSection(alarms);
    m_loaded = true;
    int invalid = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->data(m_model->index(row, 0), AlarmRuleListModel::ProblemRole).toString().isEmpty())
            ++invalid;
    }
    if (invalid > 0)
        showStatus(tr("%n rule(s) of the workspace file are not valid (shown in red); correct or remove them to "
                      "save.",
                      nullptr, invalid),
                   true);
    else
        showStatus({}, false);
    selectRow(0);
    updateButtons();
}

void AlarmRulesDialog::handleLoadFailed(const Error &error)
{
    showStatus(RuleSession::loadErrorText(error), true);
    updateButtons();
}

void AlarmRulesDialog::openEditor(int row)
{
    if (m_editor)
        return;
    m_editor = new AlarmRuleEditDialog(m_session, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    Alarms::AlarmRule rule;
    if (row >= 0) {
        rule = m_model->rule(row);
    } else {
        rule.id = m_model->uniqueId(QStringLiteral("rule"));
        rule.kind = Alarms::RuleKind::Threshold;
        rule.above = 90;
    }
    QStringList taken = m_model->ids();
    if (row >= 0)
        taken.removeAt(row);
    m_editor->setRule(rule, row >= 0 && m_model->isBuiltIn(row), taken);
    if (row < 0)
        m_editor->setWindowTitle(tr("New Alarm Rule"));
    connect(m_editor, &QDialog::accepted, this, [this, row, editor = m_editor] {
        const Alarms::AlarmRule edited = editor->rule();
        if (row >= 0) {
            m_model->setRule(row, edited);
            selectRow(row);
        } else {
            selectRow(m_model->addRule(edited));
        }
        showStatus(tr("Rule “%1” changed; Save writes it to the workspace.").arg(edited.id), false);
    });
    m_editor->open();
}

void AlarmRulesDialog::addRule()
{
    openEditor(-1);
}

void AlarmRulesDialog::editRule()
{
    if (currentRow() >= 0)
        openEditor(currentRow());
}

void AlarmRulesDialog::duplicateRule()
{
    const int row = m_model->duplicateRule(currentRow());
    if (row >= 0) {
        selectRow(row);
        openEditor(row);
    }
}

void AlarmRulesDialog::removeRule()
{
    const int row = currentRow();
    const QString id = m_model->rule(row).id;
    const bool builtIn = m_model->isBuiltIn(row);
    if (!m_model->removeRule(row))
        return;
    showStatus(builtIn ? tr("Rule “%1” is back to its built-in values.").arg(id)
                       : tr("Rule “%1” removed; Save writes the change to the workspace.").arg(id),
               false);
    selectRow(std::min(row, m_model->rowCount() - 1));
    updateButtons();
}

void AlarmRulesDialog::save()
{
    if (m_saving || !m_loaded)
        return;
    const QJsonArray rules = m_model->rulesJson();
    if (const QList<Models::RuleProblem> problems = RuleSession::checkRules(rules); !problems.isEmpty()) {
        const Models::RuleProblem &p = problems.constFirst();
        showStatus(p.ruleId.isEmpty() ? tr("Not saved: %1").arg(p.message)
                                      : tr("Not saved. Rule “%1”: %2").arg(p.ruleId, p.message),
                   true);
        const int row = m_model->rowOf(p.ruleId);
        if (row >= 0)
            selectRow(row);
        return;
    }
    m_writing = m_base;
    if (rules.isEmpty())
        m_writing.remove(QStringLiteral("rules"));
    else
        m_writing.insert(QStringLiteral("rules"), rules);
    m_saving = true;
    updateButtons();
    showStatus(tr("Saving…"), false);
    m_session->save(m_folder, m_base, rules);
}

void AlarmRulesDialog::handleSaved(bool applied, const QString &problem)
{
    m_saving = false;
    m_base = m_writing;
    m_model->setSaved();
    if (applied)
        showStatus(tr("Saved to the workspace file; the service applies the rules now."), false);
    else
        showStatus(tr("Saved to the workspace file, but not applied: %1").arg(problem), true);
    updateButtons();
}

void AlarmRulesDialog::handleSaveFailed(const Error &error)
{
    m_saving = false;
    showStatus(RuleSession::saveErrorText(error), true);
    updateButtons();
}

void AlarmRulesDialog::reject()
{
    if (!m_model->isModified() || m_saving) {
        QDialog::reject();
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Alarm Rules"),
                                tr("The changes to the alarm rules are not saved. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("discardRulesBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Discard) {
            m_model->setSection(m_base);
            QDialog::reject();
        }
    });
    ask->open();
}

} // namespace OpsDeck::Widgets
