// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/analysis/unusualnowpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

#include "models/analysis/anomalylistmodel.h"
#include "models/session/analysis/anomalysession.h"

namespace OpsDeck::Widgets {

namespace {

// The estate's list, filtered to the devices here, when there are several.
constexpr int kEstateLimit = 1000;

} // namespace

UnusualNowPanel::UnusualNowPanel(QWidget *parent)
    : ListSection(tr("Unusual now"), QStringLiteral("unusualNow"), new Models::AnomalyListModel, parent)
    , m_model(static_cast<Models::AnomalyListModel *>(view()->model()))
{
    m_title->setToolTip(tr("Series that behave unlike they usually do at this hour of the week"));
    m_view->setAccessibleName(tr("Unusual now"));
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setColumnHidden(Models::AnomalyListModel::DeviceColumn, true);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit anomalyActivated(m_model->anomaly(index.row())); });

    reload();
}

UnusualNowPanel::~UnusualNowPanel() = default;

void UnusualNowPanel::setSession(Models::AnomalySession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Models::AnomalySession::listLoaded, this, &UnusualNowPanel::handleLoaded);
        connect(session, &Models::AnomalySession::listFailed, this, &UnusualNowPanel::handleFailed);
        connect(session, &Models::AnomalySession::anomalyChanged, this, &UnusualNowPanel::handleChanged);
        // Connected again: the verdicts may have changed meanwhile.
        connect(session, &Models::AnomalySession::availabilityChanged, this, &UnusualNowPanel::reload);
    }
    reload();
}

void UnusualNowPanel::setDevices(const QStringList &deviceKeys, const QString &place)
{
    const QSet<QString> devices(deviceKeys.cbegin(), deviceKeys.cend());
    m_place = place;
    if (devices == m_devices)
        return;
    m_devices = devices;
    m_model->setAnomalies({});
    reload();
}

void UnusualNowPanel::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

void UnusualNowPanel::setDeviceColumnVisible(bool visible)
{
    m_view->setColumnHidden(Models::AnomalyListModel::DeviceColumn, !visible);
}

void UnusualNowPanel::setLimit(int rows)
{
    m_limit = std::max(1, rows);
}

void UnusualNowPanel::reload()
{
    cancelPendingReload();
    m_request = 0;
    if (!m_session || !m_session->isAvailable()) {
        // Nothing to show, and an empty table would say "nothing unusual".
        m_model->setAnomalies({});
        showNotice(m_session ? m_session->unavailableText()
                             : tr("Unusual behaviour is not available: the console is not connected to the OpsDeck "
                                  "service."));
        return;
    }
    if (m_devices.isEmpty()) {
        showNotice(m_place.isEmpty() ? tr("Loading…") : tr("There are no devices here to analyse."));
        return;
    }
    // The table keeps what it shows until the answer replaces it.
    if (m_model->rowCount() == 0)
        showNotice(tr("Loading…"));
    m_request = m_devices.size() == 1 ? m_session->requestList(*m_devices.cbegin(), m_limit)
                                      : m_session->requestList(QString(), kEstateLimit);
}

void UnusualNowPanel::handleLoaded(quint64 request, const QList<Models::Anomaly> &anomalies)
{
    if (request != m_request || request == 0)
        return;
    m_request = 0;
    QList<Models::Anomaly> shown;
    for (const Models::Anomaly &a : anomalies) {
        if (m_devices.contains(a.series.device) && shown.size() < m_limit)
            shown << a;
    }
    m_model->setAnomalies(shown);
    if (shown.isEmpty()) {
        showNotice(tr("Nothing unusual on %1 right now.").arg(m_place));
    } else {
        showTable();
        m_view->resizeColumnsToContents();
    }
    emit loaded();
}

void UnusualNowPanel::handleFailed(quint64 request, const Error &error)
{
    if (request != m_request || request == 0)
        return;
    m_request = 0;
    m_model->setAnomalies({});
    showNotice(Models::AnomalySession::errorText(Models::AnomalyRequest::List, error));
    emit loaded();
}

void UnusualNowPanel::handleChanged(const Models::Anomaly &anomaly)
{
    if (m_devices.contains(anomaly.series.device))
        reloadSoon();
}

} // namespace OpsDeck::Widgets
