// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/jobs/jobsdock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

#include "models/jobs/jobfilterproxymodel.h"
#include "models/jobs/jobtablemodel.h"
#include "models/session/jobs/jobjson.h"
#include "models/session/jobs/jobserviceconnection.h"
#include "widgets/inventory/bardelegate.h"
#include "widgets/inventory/statusdelegate.h"
#include "widgets/jobs/jobdetailspane.h"

Q_LOGGING_CATEGORY(lcJobsDock, "opsdeck.jobs")

namespace OpsDeck::Widgets {

using Jobs::JobState;

namespace {

QVariant statesData(std::initializer_list<JobState> states)
{
    QVariantList list;
    for (JobState s : states)
        list << int(s);
    return list;
}

} // namespace

JobsDock::JobsDock(QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_model(new Models::JobTableModel(this))
    , m_proxy(new Models::JobFilterProxyModel(this))
{
    setObjectName(QStringLiteral("jobsDock"));
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("jobsBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral(
        "#jobsBanner { background: rgba(224, 155, 18, 45); border: 1px solid rgba(224, 155, 18, 150); }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_retry = new QPushButton(tr("Retry Now"), m_banner);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry);
    m_banner->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_connection)
            m_connection->retryNow();
    });
    m_bannerTimer.setInterval(1000);
    connect(&m_bannerTimer, &QTimer::timeout, this, &JobsDock::updateBanner);

    auto *filters = new QHBoxLayout;
    buildFilters(content, filters);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Models::JobTableModel::SubmittedColumn, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(Models::JobTableModel::StateColumn, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(Models::JobTableModel::ProgressColumn,
                                     new BarDelegate(Models::JobTableModel::ProgressFractionRole, m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsDock::handleCurrentChanged);

    m_details = new JobDetailsPane(content);
    m_details->setModel(m_model);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("jobsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setWidget(content);

    connect(m_model, &Models::JobTableModel::ownJobFinished, this, &JobsDock::handleOwnJobFinished);
    connect(m_model, &Models::JobTableModel::actionFailed, this,
            [this](const QString &jobId, Models::JobAction action, const Error &error) {
                if (jobId.isEmpty()) {
                    m_status->setText(Models::jobActionErrorText(action, error));
                    m_status->show();
                }
            });
    connect(m_model, &Models::JobTableModel::loaded, this, [this] {
        if (!m_status->text().isEmpty() && m_lastNotification != m_status->text())
            m_status->hide();
    });
}

JobsDock::~JobsDock() = default;

void JobsDock::buildFilters(QWidget *parent, QHBoxLayout *layout)
{
    m_stateFilter = new QComboBox(parent);
    m_stateFilter->setObjectName(QStringLiteral("jobsStateFilter"));
    m_stateFilter->addItem(tr("All states"), statesData({}));
    m_stateFilter->addItem(tr("Active"), statesData({JobState::Submitted, JobState::AwaitingApproval,
                                                     JobState::Queued, JobState::Running}));
    m_stateFilter->addItem(tr("Awaiting approval"), statesData({JobState::AwaitingApproval}));
    m_stateFilter->addItem(tr("Running"), statesData({JobState::Queued, JobState::Running}));
    m_stateFilter->addItem(tr("Succeeded"), statesData({JobState::Succeeded}));
    m_stateFilter->addItem(tr("Failed"), statesData({JobState::Failed}));
    m_stateFilter->addItem(tr("Cancelled or interrupted"), statesData({JobState::Cancelled, JobState::Interrupted}));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &JobsDock::applyStateFilter);

    m_kindFilter = new QComboBox(parent);
    m_kindFilter->setObjectName(QStringLiteral("jobsKindFilter"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &kind : {Jobs::Kind::sshBackup(), Jobs::Kind::sshPush(), Jobs::Kind::sshCommand(),
                                Jobs::Kind::netboxChangeSet(), Jobs::Kind::workflow()})
        m_kindFilter->addItem(Models::jobKindText(kind), kind);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kindFilter->currentData().toString()); });

    m_textFilter = new QLineEdit(parent);
    m_textFilter->setObjectName(QStringLiteral("jobsTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by target, intent, requester…"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &Models::JobFilterProxyModel::setText);

    m_mineFilter = new QCheckBox(tr("Only mine"), parent);
    m_mineFilter->setObjectName(QStringLiteral("jobsMineFilter"));
    connect(m_mineFilter, &QCheckBox::toggled, m_proxy, &Models::JobFilterProxyModel::setMineOnly);

    layout->addWidget(m_stateFilter);
    layout->addWidget(m_kindFilter);
    layout->addWidget(m_textFilter, 1);
    layout->addWidget(m_mineFilter);
}

void JobsDock::applyStateFilter()
{
    QList<JobState> states;
    const QVariantList list = m_stateFilter->currentData().toList();
    for (const QVariant &v : list)
        states << JobState(v.toInt());
    m_proxy->setStates(states);
}

void JobsDock::setConnection(Models::JobServiceConnection *connection)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = connection;
    if (connection) {
        connect(connection, &Models::JobServiceConnection::stateChanged, this, &JobsDock::updateBanner);
        setClient(connection->client());
    } else {
        setClient(nullptr);
    }
    updateBanner();
}

void JobsDock::setClient(Ipc::IpcClient *client)
{
    m_model->setClient(client);
}

void JobsDock::setUserName(const QString &user)
{
    m_model->setUserName(user);
    m_details->showJob(m_details->jobId());
}

void JobsDock::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void JobsDock::updateBanner()
{
    using State = Models::JobServiceConnection::State;
    const bool show = m_connection && m_connection->state() != State::Connected;
    m_banner->setVisible(show);
    if (!show) {
        m_bannerTimer.stop();
        m_bannerText->clear();
        return;
    }
    m_bannerText->setText(m_connection->statusText());
    m_retry->setVisible(m_connection->state() == State::Unreachable);
    if (m_connection->state() == State::Unreachable) {
        if (!m_bannerTimer.isActive())
            m_bannerTimer.start();
    } else {
        m_bannerTimer.stop();
    }
}

QString JobsDock::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

bool JobsDock::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_stateFilter->setCurrentIndex(0);
        m_kindFilter->setCurrentIndex(0);
        m_textFilter->clear();
        m_mineFilter->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void JobsDock::handleCurrentChanged(const QModelIndex &current)
{
    m_details->showJob(current.isValid() ? current.data(Models::JobTableModel::JobIdRole).toString() : QString());
}

void JobsDock::handleOwnJobFinished(const Jobs::Job &job)
{
    const QString what = Models::jobKindText(job.kind);
    const QStringList targets = Models::jobTargetNames(job);
    const QString on = targets.isEmpty() ? job.id : targets.join(QStringLiteral(", "));
    QString message;
    switch (job.state) {
    case JobState::Succeeded:
        message = tr("%1 on %2 succeeded.").arg(what, on);
        break;
    case JobState::Failed:
        message = tr("%1 on %2 failed: %3").arg(what, on, job.error.section(QLatin1Char('\n'), 0, 0));
        break;
    default:
        message = tr("%1 on %2 ended: %3.").arg(what, on, Models::jobStateText(job.state));
        break;
    }
    m_lastNotification = message;
    qCInfo(lcJobsDock).noquote() << message;

    QSystemTrayIcon *tray = m_tray;
    if (!tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_ownTray) {
            m_ownTray = new QSystemTrayIcon(this);
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = style()->standardIcon(QStyle::SP_ComputerIcon);
            m_ownTray->setIcon(icon);
            m_ownTray->setToolTip(tr("OpsDeck jobs"));
        }
        tray = m_ownTray;
    }
    const auto icon = job.state == JobState::Succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning;
    if (tray) {
        if (!tray->isVisible())
            tray->show();
        tray->showMessage(tr("OpsDeck job finished"), message, icon);
    } else {
        m_status->setText(message);
        m_status->show();
    }
    emit notification(message);
}

} // namespace OpsDeck::Widgets
