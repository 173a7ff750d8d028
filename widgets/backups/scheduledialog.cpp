// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/backups/scheduledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

using Models::ScheduleRun;
using Models::ScheduleSession;
using Models::ScheduleState;
using Workspace::BackupSchedule;

namespace {

QComboBox *scopeBox(QWidget *parent, const QString &name, const QString &anyText)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->lineEdit()->setPlaceholderText(anyText);
    return box;
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ScheduleDialog::ScheduleDialog(ScheduleSession *session, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_folder(folder)
    , m_list(new QTreeWidget(this))
    , m_runs(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_runNow(new QPushButton(tr("Run &Now"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Backup Schedules") + QStringLiteral("[*]"));
    resize(980, 640);

    m_list->setObjectName(QStringLiteral("scheduleList"));
    m_list->setHeaderLabels({tr("Schedule"), tr("Devices"), tr("When"), tr("Next run"), tr("Last run")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScheduleDialog::showCurrent);

    auto *form = new QGroupBox(tr("Selected schedule"), this);
    buildForm(form);

    m_runs->setObjectName(QStringLiteral("scheduleRuns"));
    m_runs->setHeaderLabels({tr("Started"), tr("Kind"), tr("Devices"), tr("New"), tr("Unchanged"), tr("Failed")});
    m_runs->setRootIsDecorated(true);
    m_runs->setUniformRowHeights(true);
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *runsBox = new QGroupBox(tr("Runs of the selected schedule"), this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_runs);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_list);
    top->addWidget(form);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(runsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_add->setToolTip(tr("Add a schedule that backs up every device once a day"));
    m_runNow->setToolTip(tr("Ask the service to run the selected schedule now"));
    m_save->setDefault(true);
    connect(m_add, &QPushButton::clicked, this, &ScheduleDialog::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &ScheduleDialog::removeSchedule);
    connect(m_runNow, &QPushButton::clicked, this, &ScheduleDialog::runNow);
    connect(m_save, &QPushButton::clicked, this, &ScheduleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_runNow);
    row->addStretch();
    row->addWidget(m_save);
    row->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);

    if (m_session) {
        connect(m_session, &ScheduleSession::loaded, this, &ScheduleDialog::handleLoaded);
        connect(m_session, &ScheduleSession::loadFailed, this, [this](const Error &error) {
            showStatus(tr("The schedules could not be read: %1.").arg(error.detail.section(u'\n', 0, 0)), true);
        });
        connect(m_session, &ScheduleSession::saveFailed, this, [this](const Error &error) {
            showStatus(tr("The schedules were not saved: %1").arg(error.detail.section(u'\n', 0, 0)), true);
        });
        connect(m_session, &ScheduleSession::saved, this, [this](bool applied, const QString &problem) {
            m_base = m_edited;
            updateButtons();
            showStatus(applied ? tr("Saved; the service runs the new schedules.") : tr("Saved. %1").arg(problem),
                       !applied);
            if (applied && m_session)
                m_session->requestStates();
        });
        connect(m_session, &ScheduleSession::statesLoaded, this, &ScheduleDialog::handleStates);
        connect(m_session, &ScheduleSession::runsLoaded, this, &ScheduleDialog::handleRuns);
        connect(m_session, &ScheduleSession::runStarted, this, [this](const QString &name, const QString &) {
            showStatus(tr("The service started a run of “%1”.").arg(name), false);
            m_session->requestStates();
            m_session->requestRuns(name);
        });
        connect(m_session, &ScheduleSession::serviceFailed, this, [this](const QString &what, const Error &error) {
            if (what != u"schedule.list")
                showStatus(ScheduleSession::errorText(tr("The service could not do that"), error), true);
        });
        connect(m_session, &ScheduleSession::connectedChanged, this, [this](bool connected) {
            updateButtons();
            if (connected)
                m_session->requestStates();
        });
        m_session->load(m_folder);
        m_session->requestStates();
    }
    updateButtons();
}

ScheduleDialog::~ScheduleDialog() = default;

void ScheduleDialog::buildForm(QWidget *form)
{
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_site = scopeBox(form, QStringLiteral("scheduleSite"), tr("any site"));
    m_role = scopeBox(form, QStringLiteral("scheduleRole"), tr("any role"));
    m_tag = scopeBox(form, QStringLiteral("scheduleTag"), tr("any tag"));
    m_everyChoice = new QRadioButton(tr("Every"), form);
    m_dailyChoice = new QRadioButton(tr("Daily at"), form);
    m_every = new QSpinBox(form);
    m_every->setRange(1, 525600);
    m_every->setSuffix(tr(" min"));
    m_at = new QTimeEdit(form);
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_concurrency = new QSpinBox(form);
    m_concurrency->setRange(1, 64);
    m_retries = new QSpinBox(form);
    m_retries->setRange(0, 10);
    m_port = new QSpinBox(form);
    m_port->setRange(1, 65535);
    m_user = new QLineEdit(form);
    m_user->setPlaceholderText(tr("from each device's SSH credential profile"));

    auto *every = new QHBoxLayout;
    every->addWidget(m_everyChoice);
    every->addWidget(m_every);
    every->addSpacing(12);
    every->addWidget(m_dailyChoice);
    every->addWidget(m_at);
    every->addStretch();
    auto *layout = new QFormLayout(form);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("S&ite:"), m_site);
    layout->addRow(tr("R&ole:"), m_role);
    layout->addRow(tr("&Tag:"), m_tag);
    layout->addRow(tr("When:"), every);
    layout->addRow(tr("&Jobs at once per site:"), m_concurrency);
    layout->addRow(tr("Retr&ies of a failed device:"), m_retries);
    layout->addRow(tr("SSH &port:"), m_port);
    layout->addRow(tr("&Login:"), m_user);

    const auto changed = [this] { readForm(); };
    for (QLineEdit *edit : {m_name, m_user})
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QComboBox *box : {m_site, m_role, m_tag})
        connect(box, &QComboBox::editTextChanged, this, changed);
    for (QSpinBox *spin : {m_every, m_concurrency, m_retries, m_port})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_at, &QTimeEdit::timeChanged, this, changed);
    connect(m_everyChoice, &QRadioButton::toggled, this, changed);
}

void ScheduleDialog::setScopeChoices(const QStringList &sites, const QStringList &roles, const QStringList &tags)
{
    const bool filling = std::exchange(m_filling, true);
    for (const auto &[box, items] : {std::pair{m_site, sites}, {m_role, roles}, {m_tag, tags}}) {
        const QString text = box->currentText();
        box->clear();
        box->addItem(QString());
        box->addItems(items);
        box->setEditText(text);
    }
    m_filling = filling;
}

QString ScheduleDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

int ScheduleDialog::currentRow() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ScheduleDialog::handleLoaded(const Workspace::BackupsConfig &schedules)
{
    m_base = schedules;
    m_edited = schedules;
    m_loaded = true;
    refreshList();
    selectSchedule(m_edited.schedules.isEmpty() ? -1 : 0);
    if (m_edited.schedules.isEmpty())
        showStatus(tr("No backups are scheduled yet: Add one, then Save."), false);
}

void ScheduleDialog::handleStates(const QList<ScheduleState> &states)
{
    m_states = states;
    refreshList();
    emit statesShown();
}

QString ScheduleDialog::runSummary(const ScheduleRun &run) const
{
    if (run.running)
        return tr("running since %1").arg(localTime(run.startedAt));
    return tr("%1: %2 new, %3 unchanged, %4 failed")
        .arg(localTime(run.finishedAt))
        .arg(run.succeeded)
        .arg(run.unchanged)
        .arg(run.failed);
}

void ScheduleDialog::refreshList()
{
    const int row = currentRow();
    const bool filling = std::exchange(m_filling, true);
    m_list->clear();
    for (const BackupSchedule &s : std::as_const(m_edited.schedules)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, s.name);
        item->setText(1, s.describeScope());
        item->setText(2, s.describeTiming());
        const auto state = std::find_if(m_states.cbegin(), m_states.cend(),
                                        [&s](const ScheduleState &st) { return st.name == s.name; });
        const bool saved = m_base.schedule(s.name) && *m_base.schedule(s.name) == s;
        if (!saved) {
            item->setText(3, tr("after Save"));
        } else if (state != m_states.cend()) {
            item->setText(3, localTime(state->nextDue));
            if (state->hasLastRun) {
                item->setText(4, runSummary(state->lastRun));
                if (state->lastRun.failed > 0)
                    item->setForeground(4, QColor(0x9a, 0x1c, 0x1c));
            }
        }
    }
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
    m_filling = filling;
}

void ScheduleDialog::selectSchedule(int row)
{
    m_list->setCurrentItem(row >= 0 && row < m_list->topLevelItemCount() ? m_list->topLevelItem(row) : nullptr);
    showCurrent();
}

void ScheduleDialog::showCurrent()
{
    if (m_filling)
        return;
    const int row = currentRow();
    const bool has = row >= 0 && row < m_edited.schedules.size();
    const BackupSchedule s = has ? m_edited.schedules.at(row) : BackupSchedule{};
    const bool filling = std::exchange(m_filling, true);
    m_name->setText(s.name);
    m_site->setEditText(s.site);
    m_role->setEditText(s.role);
    m_tag->setEditText(s.tag);
    m_everyChoice->setChecked(s.at.isEmpty());
    m_dailyChoice->setChecked(!s.at.isEmpty());
    m_every->setValue(s.everyMinutes > 0 ? s.everyMinutes : 1440);
    m_at->setTime(s.at.isEmpty() ? QTime(2, 0) : QTime::fromString(s.at, QStringLiteral("HH:mm")));
    m_concurrency->setValue(s.concurrencyPerSite);
    m_retries->setValue(s.retries);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_filling = filling;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_site, m_role, m_tag, m_everyChoice, m_dailyChoice,
                                                       m_every, m_at, m_concurrency, m_retries, m_port, m_user})
        w->setEnabled(has);
    m_runs->clear();
    if (has && m_session && m_session->isConnected() && m_base.schedule(s.name))
        m_session->requestRuns(s.name);
    updateButtons();
}

void ScheduleDialog::readForm()
{
    const int row = currentRow();
    if (m_filling || row < 0 || row >= m_edited.schedules.size())
        return;
    BackupSchedule s;
    s.name = m_name->text().trimmed();
    s.site = m_site->currentText().trimmed();
    s.role = m_role->currentText().trimmed();
    s.tag = m_tag->currentText().trimmed();
    s.everyMinutes = m_everyChoice->isChecked() ? m_every->value() : 0;
    s.at = m_everyChoice->isChecked() ? QString() : m_at->time().toString(QStringLiteral("HH:mm"));
    s.concurrencyPerSite = m_concurrency->value();
    s.retries = m_retries->value();
    s.port = m_port->value();
    s.user = m_user->text().trimmed();
    m_every->setEnabled(m_everyChoice->isChecked());
    m_at->setEnabled(!m_everyChoice->isChecked());
    editCurrent(s);
}

void ScheduleDialog::editCurrent(const BackupSchedule &schedule)
{
    const int row = currentRow();
    if (row < 0 || row >= m_edited.schedules.size())
        return;
    m_edited.schedules[row] = schedule;
    refreshList();
    const QStringList problems = ScheduleSession::problems(m_edited);
    if (!problems.isEmpty())
        showStatus(problems.join(u'\n'), true);
    else
        m_status->hide();
    updateButtons();
}

void ScheduleDialog::addSchedule()
{
    BackupSchedule s;
    int n = m_edited.schedules.size() + 1;
    do {
        s.name = QStringLiteral("backup-%1").arg(n++);
    } while (m_edited.schedule(s.name));
    s.at = QStringLiteral("02:00");
    m_edited.schedules << s;
    refreshList();
    selectSchedule(int(m_edited.schedules.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ScheduleDialog::removeSchedule()
{
    const int row = currentRow();
    if (row < 0 || row >= m_edited.schedules.size())
        return;
    m_edited.schedules.removeAt(row);
    refreshList();
    selectSchedule(std::min(row, int(m_edited.schedules.size()) - 1));
}

void ScheduleDialog::save()
{
    if (!m_session || !m_loaded)
        return;
    if (const QStringList problems = ScheduleSession::problems(m_edited); !problems.isEmpty()) {
        showStatus(problems.join(u'\n'), true);
        return;
    }
    showStatus(tr("Saving…"), false);
    m_session->save(m_folder, m_base, m_edited);
}

void ScheduleDialog::runNow()
{
    const int row = currentRow();
    if (!m_session || row < 0 || row >= m_edited.schedules.size())
        return;
    m_session->runNow(m_edited.schedules.at(row).name);
}

void ScheduleDialog::handleRuns(const QString &name, const QList<ScheduleRun> &runs)
{
    const int row = currentRow();
    if (row < 0 || row >= m_edited.schedules.size() || m_edited.schedules.at(row).name != name)
        return;
    m_runs->clear();
    for (const ScheduleRun &run : runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(0, localTime(run.startedAt));
        item->setText(1, run.running ? tr("running") : run.manual ? tr("manual") : tr("scheduled"));
        item->setText(2, QLocale().toString(run.devices));
        item->setText(3, QLocale().toString(run.succeeded));
        item->setText(4, QLocale().toString(run.unchanged));
        item->setText(5, QLocale().toString(run.failed));
        for (const QString &failure : run.failures) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, failure);
            child->setFirstColumnSpanned(true);
            child->setForeground(0, QColor(0x9a, 0x1c, 0x1c));
        }
    }
    if (runs.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(0, tr("No runs yet."));
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }
    emit runsShown(name);
}

void ScheduleDialog::updateButtons()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_edited.schedules.size();
    const bool saved = has && m_base.schedule(m_edited.schedules.at(row).name) &&
                       *m_base.schedule(m_edited.schedules.at(row).name) == m_edited.schedules.at(row);
    m_add->setEnabled(m_loaded);
    m_remove->setEnabled(has);
    m_runNow->setEnabled(saved && m_session && m_session->isConnected());
    m_runNow->setToolTip(!saved                                    ? tr("Save the schedule first")
                         : (m_session && m_session->isConnected()) ? tr("Ask the service to run it now")
                                                                   : tr("The service is not running"));
    m_save->setEnabled(m_loaded && isModified());
    setWindowModified(isModified());
}

void ScheduleDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #9a1c1c;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ScheduleDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Schedules"),
                                                  tr("The schedules have unsaved changes. Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace OpsDeck::Widgets
