// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/vault/secret.h"

namespace OpsDeck::Models {

class JobServiceConnection;

/// One entry of the workspace's vault as the service lists it (never its value).
struct VaultEntry
{
    QString key;
    QDateTime modified;
    QStringList usedBy;
};

/// The console's view of its workspace's vault, which lives in the
/// workspace's service (opsdeckd): status, unlock or create, and the
/// secrets' names; values are written to it and never read back. Every call
/// is asynchronous over the service connection; without a connection it
/// completes with ErrorCode::Network. Lives on the GUI thread.
class ServiceVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceVault)

public:
    enum class State { Unknown, None, Locked, Unlocked };
    Q_ENUM(State)

    using Done = std::function<void(Status)>;

    explicit ServiceVault(JobServiceConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString filePath() const { return m_file; }

    /// Asks the service again (also done on every (re)connection).
    void refresh();
    /// Unlocks, or creates when the workspace has no vault yet.
    void unlock(const Vault::Secret &passphrase, Done done);
    void list(std::function<void(Result<QList<VaultEntry>>)> done);
    void store(const QString &key, const Vault::Secret &value, Done done);
    void remove(const QString &key, Done done);

signals:
    void stateChanged(OpsDeck::Models::ServiceVault::State state);
    /// A secret was stored or removed (by this console or another client).
    void changed();

private:
    void setState(State state);
    void call(const QString &method, const QJsonObject &params, std::function<void(Result<QJsonValue>)> done);

    JobServiceConnection *m_connection;
    State m_state = State::Unknown;
    QString m_file;
};

} // namespace OpsDeck::Models
