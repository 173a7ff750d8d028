// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "backend/core/result.h"
#include "models/session/analysis/anomalyjson.h"
#include "widgets/dashboard/listsection.h"

class QLabel;
class QTableView;

namespace OpsDeck::Models {
class AnomalyListModel;
class AnomalySession;
} // namespace OpsDeck::Models

namespace OpsDeck::Widgets {

/// The "Unusual now" section of a device dashboard or a site overview: the
/// most anomalous series of one device or of several, each with its
/// interface, what is measured, the value observed against the expected
/// range and since when (the explanation as the row's tooltip). Loaded when
/// the devices and a connected session are there, and again shortly after
/// the service announces a change of one of their series. Without a
/// connection, or when the request fails or finds nothing, a sentence says
/// so in place of the table. Double-click or Enter on a row activates it.
///
/// Holds a non-owning pointer to the session. GUI thread.
class UnusualNowPanel final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnusualNowPanel)

public:
    explicit UnusualNowPanel(QWidget *parent = nullptr);
    ~UnusualNowPanel() override;

    /// The session to ask; null: the section says the service is not connected.
    void setSession(Models::AnomalySession *session);
    /// The devices, by the metric store's device key; @p place names them in
    /// the sentence shown when nothing is unusual ("leaf-1", "this site").
    void setDevices(const QStringList &deviceKeys, const QString &place);
    /// Shows the section's own title (on by default; off inside a titled box).
    void setTitleVisible(bool visible);
    /// Shows the device of each row (for several devices).
    void setDeviceColumnVisible(bool visible);
    /// At most this many rows (8 by default).
    void setLimit(int rows);
    /// Asks for the list again now.
    void reload() override;

    [[nodiscard]] Models::AnomalyListModel *model() const { return m_model; }

signals:
    /// An answer (possibly empty) or a failure is shown.
    void loaded();
    void anomalyActivated(const OpsDeck::Models::Anomaly &anomaly);

private:
    void handleLoaded(quint64 request, const QList<Models::Anomaly> &anomalies);
    void handleFailed(quint64 request, const Error &error);
    void handleChanged(const Models::Anomaly &anomaly);

    QPointer<Models::AnomalySession> m_session;
    QSet<QString> m_devices;
    QString m_place;
    int m_limit = 8;
    quint64 m_request = 0;
    Models::AnomalyListModel *m_model;
};

} // namespace OpsDeck::Widgets
