// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmsview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/alarms/alarmfilterproxymodel.h"
#include "models/alarms/alarmstyle.h"
#include "models/alarms/alarmtablemodel.h"
#include "models/session/alarms/alarmsession.h"
#include "widgets/alarms/alarmactiondialog.h"
#include "widgets/inventory/statusdelegate.h"

namespace OpsDeck::Widgets {

using Models::AlarmFilterProxyModel;
using Models::AlarmTableModel;
using StateFilter = Models::AlarmFilterProxyModel::StateFilter;

AlarmsView::AlarmsView(AlarmTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new AlarmFilterProxyModel(this))
{
    setObjectName(QStringLiteral("alarmsView"));
    m_proxy->setSourceModel(model);

    auto *bar = new QWidget(this);
    m_bar = bar;
    buildFilters(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("alarmsTree"));
    m_view->setAccessibleName(tr("Active alarms"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlarmTableModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(AlarmTableModel::SeverityColumn, new StatusDelegate(m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AlarmTableModel::SummaryColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(AlarmTableModel::SeverityColumn, 110);
    m_view->setColumnWidth(AlarmTableModel::DeviceColumn, 150);
    m_view->setColumnWidth(AlarmTableModel::SinceColumn, 110);
    m_view->setColumnWidth(AlarmTableModel::CountColumn, 60);
    m_view->setColumnWidth(AlarmTableModel::StateColumn, 200);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &AlarmsView::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this] { requestDevice(Target::Select); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlarmsView::handleCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmsView::updateActions);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("alarmHistory"));
    m_history->setAccessibleName(tr("Alarm history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Time"), tr("Event"), tr("By"), tr("Detail")});
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 160);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("alarmsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    createActions();
    refillChoices();
    connect(m_model, &AlarmTableModel::devicesChanged, this, &AlarmsView::refillChoices);
    if (Models::AlarmSession *session = m_model->session()) {
        connect(session, &Models::AlarmSession::historyLoaded, this, &AlarmsView::handleHistory);
        connect(session, &Models::AlarmSession::actionFailed, this, &AlarmsView::handleFailure);
        connect(session, &Models::AlarmSession::availabilityChanged, this, &AlarmsView::updateAvailability);
        connect(session, &Models::AlarmSession::serviceStateChanged, this, &AlarmsView::updateAvailability);
        connect(session, &Models::AlarmSession::actionSucceeded, this, [this] {
            updateActions();
            if (m_historyId)
                m_model->session()->requestHistory(m_historyId);
        });
    }
    // What may be done with the selection follows the alarms' changes.
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlarmsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlarmsView::updateActions);
    updateActions();
    updateAvailability();
}

AlarmsView::~AlarmsView() = default;

void AlarmsView::buildFilters(QWidget *bar)
{
    m_severity = new QComboBox(bar);
    m_severity->setObjectName(QStringLiteral("alarmSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(Models::alarmSeverityText(Alarms::Severity::Critical), int(Alarms::Severity::Critical));
    for (Alarms::Severity s : {Alarms::Severity::Major, Alarms::Severity::Minor, Alarms::Severity::Warning})
        m_severity->addItem(tr("%1 and worse").arg(Models::alarmSeverityText(s)), int(s));

    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("alarmStateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("All states"), int(StateFilter::Any));
    m_state->addItem(tr("Needs action"), int(StateFilter::NeedsAction));
    m_state->addItem(tr("Not acknowledged"), int(StateFilter::Unacknowledged));
    m_state->addItem(tr("Acknowledged"), int(StateFilter::Acknowledged));
    m_state->addItem(tr("Shelved"), int(StateFilter::Shelved));
    m_state->addItem(tr("In maintenance"), int(StateFilter::InMaintenance));
    m_state->addItem(tr("Flapping"), int(StateFilter::Flapping));

    m_site = new QComboBox(bar);
    m_site->setObjectName(QStringLiteral("alarmSiteFilter"));
    m_site->setAccessibleName(tr("Site filter"));
    m_role = new QComboBox(bar);
    m_role->setObjectName(QStringLiteral("alarmRoleFilter"));
    m_role->setAccessibleName(tr("Role filter"));

    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("alarmTextFilter"));
    m_text->setPlaceholderText(tr("Filter alarms…"));
    m_text->setClearButtonEnabled(true);

    m_group = new QCheckBox(tr("&Group by root cause"), bar);
    m_group->setObjectName(QStringLiteral("alarmGroupBox"));
    m_group->setChecked(m_model->isGrouped());
    connect(m_group, &QCheckBox::toggled, m_model, &AlarmTableModel::setGrouped);

    for (QComboBox *box : {m_severity, m_state, m_site, m_role})
        connect(box, &QComboBox::currentIndexChanged, this, &AlarmsView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AlarmsView::applyFilters);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severity);
    layout->addWidget(m_state);
    layout->addWidget(m_site);
    layout->addWidget(m_role);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_group);
}

void AlarmsView::refillChoices()
{
    const auto refill = [](QComboBox *box, const QString &all, const QStringList &names) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &n : names)
            box->addItem(n, n);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_site, tr("All sites"), m_model->sites());
    refill(m_role, tr("All roles"), m_model->roles());
    applyFilters();
}

void AlarmsView::applyFilters()
{
    const int severity = m_severity->currentData().toInt();
    m_proxy->setMinimumSeverity(severity < 0 ? std::nullopt : std::optional(Alarms::Severity(severity)));
    m_proxy->setStateFilter(StateFilter(m_state->currentData().toInt()));
    m_proxy->setSite(m_site->currentData().toString());
    m_proxy->setRole(m_role->currentData().toString());
    m_proxy->setText(m_text->text());
}

void AlarmsView::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Letters act only while the list has the focus, never while typing a filter.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_ackAction = make(QStringLiteral("alarmAckAction"), tr("&Acknowledge…"), {QKeySequence(Qt::Key_A)},
                       [this] { acknowledgeSelected(); });
    m_shelveAction = make(QStringLiteral("alarmShelveAction"), tr("&Shelve…"), {QKeySequence(Qt::Key_S)},
                          [this] { shelveSelected(); });
    m_unshelveAction = make(QStringLiteral("alarmUnshelveAction"), tr("&Unshelve"), {QKeySequence(Qt::Key_U)},
                            [this] { unshelveSelected(); });
    m_clearAction = make(QStringLiteral("alarmClearAction"), tr("&Clear…"),
                         {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_C)}, [this] { clearSelected(); });
    m_gotoAction =
        make(QStringLiteral("alarmGotoAction"), tr("&Go to Device"),
             {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this] { requestDevice(Target::Select); });
    m_dashboardAction = make(QStringLiteral("alarmDashboardAction"), tr("Open &Dashboard"), {QKeySequence(Qt::Key_D)},
                             [this] { requestDevice(Target::Dashboard); });
    m_rackAction = make(QStringLiteral("alarmRackAction"), tr("Show in &Rack"), {QKeySequence(Qt::Key_R)},
                        [this] { requestDevice(Target::Rack); });
    m_topologyAction = make(QStringLiteral("alarmTopologyAction"), tr("Show in &Topology"), {QKeySequence(Qt::Key_T)},
                            [this] { requestDevice(Target::Topology); });
    m_copyAction = make(QStringLiteral("alarmCopyAction"), tr("Cop&y"), {QKeySequence(QKeySequence::Copy)}, [this] {
        QStringList lines;
        for (const Alarms::Alarm &a : selection())
            lines << QStringLiteral("%1\t%2\t%3").arg(Models::alarmSeverityText(a.severity), a.device, a.summary);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
}

QList<Alarms::Alarm> AlarmsView::selection() const
{
    QList<Alarms::Alarm> out;
    for (qint64 id : selectedAlarms()) {
        if (auto a = m_model->alarm(id))
            out << *a;
    }
    return out;
}

QList<qint64> AlarmsView::selectedAlarms() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    QList<qint64> ids;
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(AlarmTableModel::AlarmIdRole).toLongLong();
    return ids;
}

void AlarmsView::updateActions()
{
    const QList<Alarms::Alarm> alarms = selection();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool available = m_model->session() && m_model->session()->isAvailable();
    const bool any = !alarms.isEmpty();
    const bool unacked = std::any_of(alarms.cbegin(), alarms.cend(), [](const auto &a) { return !a.acknowledged; });
    const bool shelved =
        std::any_of(alarms.cbegin(), alarms.cend(), [now](const auto &a) { return a.isShelvedAt(now); });
    m_ackAction->setEnabled(available && unacked);
    m_shelveAction->setEnabled(available && any);
    m_unshelveAction->setEnabled(available && shelved);
    m_clearAction->setEnabled(available && any);
    const qint64 device = alarms.size() == 1 ? m_model->device(alarms.constFirst().device).id : 0;
    const qint64 rack = alarms.size() == 1 ? m_model->device(alarms.constFirst().device).rackId : 0;
    // Enabled for a device outside the inventory too: the view then says so.
    m_gotoAction->setEnabled(alarms.size() == 1);
    m_dashboardAction->setEnabled(device != 0);
    m_rackAction->setEnabled(rack != 0);
    m_topologyAction->setEnabled(device != 0);
    m_copyAction->setEnabled(any);
}

QString AlarmsView::availabilityText(const Models::AlarmSession &session)
{
    switch (session.serviceState()) {
    case Models::AlarmServiceState::NoWorkspace:
        return tr("Open a workspace to see its alarms.");
    case Models::AlarmServiceState::Connecting:
        return tr("Waiting for the OpsDeck service; the alarms shown may be out of date.");
    case Models::AlarmServiceState::Unreachable:
        return tr("The OpsDeck service cannot be reached; the alarms shown may be out of date.");
    case Models::AlarmServiceState::Connected:
        break;
    }
    // Connected, and the list failed or is on its way.
    return session.lastError()
               ? Models::AlarmSession::actionErrorText(Models::AlarmAction::List, *session.lastError())
               : tr("Loading the alarms…");
}

void AlarmsView::updateAvailability()
{
    Models::AlarmSession *session = m_model->session();
    if (session && !session->isAvailable()) {
        showStatus(availabilityText(*session));
    } else if (m_status->property("availability").toBool()) {
        m_status->hide();
    }
    m_status->setProperty("availability", session && !session->isAvailable());
    updateActions();
}

void AlarmsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    QMenu menu(this);
    menu.addActions({m_ackAction, m_shelveAction, m_unshelveAction, m_clearAction});
    menu.addSeparator();
    menu.addActions({m_gotoAction, m_dashboardAction, m_rackAction, m_topologyAction});
    menu.addSeparator();
    menu.addAction(m_copyAction);
    if (!m_viewActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_viewActions);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AlarmsView::addViewAction(QAction *action)
{
    m_viewActions << action;
    auto *button = new QToolButton(m_bar);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_bar->layout()->addWidget(button);
}

void AlarmsView::acknowledgeSelected()
{
    ask(int(AlarmActionDialog::Kind::Acknowledge));
}

void AlarmsView::shelveSelected()
{
    ask(int(AlarmActionDialog::Kind::Shelve));
}

void AlarmsView::clearSelected()
{
    ask(int(AlarmActionDialog::Kind::Clear));
}

void AlarmsView::unshelveSelected()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Alarms::Alarm &a : selection()) {
        if (a.isShelvedAt(now))
            m_model->session()->unshelve(a.id);
    }
}

void AlarmsView::ask(int kindValue)
{
    const auto kind = AlarmActionDialog::Kind(kindValue);
    updateActions();
    const QAction *action = kind == AlarmActionDialog::Kind::Acknowledge ? m_ackAction
                            : kind == AlarmActionDialog::Kind::Shelve    ? m_shelveAction
                                                                         : m_clearAction;
    if (!action->isEnabled() || m_dialog)
        return;
    QList<Alarms::Alarm> alarms = selection();
    if (kind == AlarmActionDialog::Kind::Acknowledge)
        alarms.removeIf([](const Alarms::Alarm &a) { return a.acknowledged; });
    QList<qint64> ids;
    for (const Alarms::Alarm &a : std::as_const(alarms))
        ids << a.id;
    const QString subject = alarms.size() == 1
                                ? QStringLiteral("%1: %2").arg(alarms.constFirst().device, alarms.constFirst().summary)
                                : QString();
    m_dialog = new AlarmActionDialog(kind, int(ids.size()), subject, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, ids, dialog = m_dialog.data()] {
        Models::AlarmSession *session = m_model->session();
        if (!session)
            return;
        for (qint64 id : ids) {
            switch (dialog->kind()) {
            case AlarmActionDialog::Kind::Acknowledge:
                session->acknowledge(id, dialog->comment());
                break;
            case AlarmActionDialog::Kind::Shelve:
                session->shelve(id, dialog->minutes(), dialog->comment());
                break;
            case AlarmActionDialog::Kind::Clear:
                session->clear(id, dialog->comment());
                break;
            }
        }
    });
    // The keyboard goes back to the list, for the next alarm.
    connect(m_dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(); });
    m_dialog->open();
}

void AlarmsView::requestDevice(Target target)
{
    const QList<Alarms::Alarm> alarms = selection();
    if (alarms.size() != 1)
        return;
    const Models::AlarmDeviceInfo device = m_model->device(alarms.constFirst().device);
    if (device.id == 0) {
        showStatus(tr("%1 is not in this workspace's inventory.").arg(alarms.constFirst().device));
        return;
    }
    emit deviceRequested(device.id, target);
}

void AlarmsView::handleCurrentChanged(const QModelIndex &current)
{
    m_history->clear();
    m_historyId = current.isValid() ? current.data(AlarmTableModel::AlarmIdRole).toLongLong() : 0;
    if (m_historyId && m_model->session())
        m_model->session()->requestHistory(m_historyId);
}

void AlarmsView::handleHistory(const Models::AlarmHistory &history)
{
    if (history.alarm.id != m_historyId)
        return;
    m_history->clear();
    const QLocale locale;
    // Newest first: what happened last matters most.
    for (auto it = history.events.crbegin(); it != history.events.crend(); ++it) {
        const QString at =
            locale.toString(QDateTime::fromMSecsSinceEpoch(it->atMs).toLocalTime(), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(m_history, {at, Models::alarmTransitionText(it->kind), it->actor, it->detail});
        item->setToolTip(3, it->detail);
    }
}

void AlarmsView::handleFailure(qint64 id, Models::AlarmAction action, const Error &error)
{
    if (action == Models::AlarmAction::History && id != m_historyId)
        return;
    showStatus(Models::AlarmSession::actionErrorText(action, error));
}

void AlarmsView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

AlarmActionDialog *AlarmsView::openDialog() const
{
    return m_dialog;
}

QString AlarmsView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

bool AlarmsView::selectAlarm(qint64 alarmId)
{
    QModelIndex source = m_model->indexOf(alarmId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_severity->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
        m_site->setCurrentIndex(0);
        m_role->setCurrentIndex(0);
        m_text->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

} // namespace OpsDeck::Widgets
