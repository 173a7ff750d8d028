// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "backend/core/result.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// A secret to store, by vault key.
struct PendingSecret
{
    QString key;
    Vault::Secret value;
};

/// What a new workspace's service is asked to do once it answers: unlock
/// (or create) its vault, store the secrets typed into the wizard, and run
/// the first full NetBox sync, with its progress. The service does the work;
/// this only asks and follows. Lives on the GUI thread; finished() once per
/// start().
class FirstSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstSync)

public:
    explicit FirstSync(JobServiceConnection *connection, QObject *parent = nullptr);

    /// Whether the service also hands the vault's passphrase to the OS
    /// keychain (where one answers) when it unlocks or creates the vault.
    void setRememberPassphrase(bool remember) { m_remember = remember; }
    /// @p syncNetbox false: only the vault and the secrets.
    void start(const Vault::Secret &passphrase, const QList<PendingSecret> &secrets, bool syncNetbox);
    /// Cancels the sync in the service; finished() follows with Cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Seconds to wait for the service to answer before giving up.
    static constexpr int ConnectTimeoutMs = 30000;

signals:
    /// @p maximum 0: no measure yet.
    void progress(const QString &text, int value, int maximum);
    void finished(const OpsDeck::Status &status);

private:
    void proceed();
    void unlockVault();
    void storeNext();
    void startSync();
    void handleEvent(const QString &topic, const QJsonObject &data);
    void finish(const Status &status);

    JobServiceConnection *m_connection;
    Vault::Secret m_passphrase;
    bool m_remember = false;
    QList<PendingSecret> m_secrets;
    bool m_syncNetbox = false;
    bool m_running = false;
    bool m_syncing = false;
    QTimer m_timeout;
};

} // namespace OpsDeck::Models
