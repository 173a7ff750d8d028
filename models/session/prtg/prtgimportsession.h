// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include "backend/core/result.h"
#include "backend/domain/inventory.h"
#include "backend/prtg/prtgimporter.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Domain {
class MetricSink;
}
namespace OpsDeck::Prtg {
class PrtgClient;
}
namespace OpsDeck::Store {
class Store;
}
namespace OpsDeck::Vault {
class SecretStore;
}

namespace OpsDeck::Models {

/// What the import wizard's first page asks for. The secrets only pass
/// through: connectAndPlan() writes them to the vault and the client reads
/// them back from there.
struct PrtgConnectionInput
{
    QUrl url;
    QString username;
    Vault::Secret passhash; ///< with username; or
    Vault::Secret apiToken; ///< alone (wins when both are given)
    bool verifyTls = true;
};

/// The PRTG import as the wizard drives it, over the backend's PrtgClient
/// and PrtgImporter: connect (credentials stored in the vault under
/// passhashKey() or apiTokenKey(), never kept in clear), read PRTG and plan
/// (groups, devices, sensors, automatic mapping to NetBox devices by
/// host/IP/name, sensor translation), then apply a reviewed plan with an
/// optional history import into a Domain::MetricSink. Every operation ends in
/// exactly one terminal signal, also on cancel().
///
/// Lives on the GUI thread with the store it reads (not owned; the reads
/// are the NetBox device list and the import record). The vault and the
/// sink are not owned either; the sink may be null (no history import then).
class PrtgImportSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgImportSession)

public:
    PrtgImportSession(Vault::SecretStore *vault, Store::Store *store, Domain::MetricSink *historySink,
                      QObject *parent = nullptr);
    ~PrtgImportSession() override;

    static inline const QString passhashKey = QStringLiteral("prtg/passhash");
    static inline const QString apiTokenKey = QStringLiteral("prtg/api-token");

    /// Stores the credentials, connects and builds the plan; ends with planReady().
    void connectAndPlan(const PrtgConnectionInput &input);
    /// Applies `plan` restricted to `prtgDeviceIds`; ends with finished().
    void apply(const Prtg::ImportPlan &plan, const QSet<qint64> &prtgDeviceIds, const Prtg::ApplyOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool canImportHistory() const { return m_sink != nullptr; }

    /// The connection as the workspace should keep it (secret references only).
    [[nodiscard]] const Workspace::PrtgConfig &config() const { return m_config; }
    /// The NetBox devices of the store, by name (read when planning).
    [[nodiscard]] const QList<Domain::Device> &netboxDevices() const { return m_netboxDevices; }

    /// `plan` with only the given PRTG devices and their sensors. Pure.
    [[nodiscard]] static Prtg::ImportPlan restrictTo(const Prtg::ImportPlan &plan, const QSet<qint64> &prtgDeviceIds);

signals:
    /// `stage`: "connect", then the importer's stages; step of steps.
    void progress(const QString &stage, int step, int steps);
    void planReady(const OpsDeck::Result<OpsDeck::Prtg::ImportPlan> &plan);
    void finished(const OpsDeck::Result<OpsDeck::Prtg::ImportReport> &report);

private:
    void failPlan(const Error &error);

    Vault::SecretStore *m_vault;
    Store::Store *m_store;
    Domain::MetricSink *m_sink;
    Prtg::PrtgClient *m_client;
    Prtg::PrtgImporter *m_importer;
    Workspace::PrtgConfig m_config;
    QList<Domain::Device> m_netboxDevices;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace OpsDeck::Models
