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
    /// Whether the OS keychain answers the service (it may hold the vault's
    /// passphrase so that the service unlocks the vault by itself).
    enum class Keychain { Unknown, Probing, Available, Unavailable };
    Q_ENUM(Keychain)

    using Done = std::function<void(Status)>;

    explicit ServiceVault(JobServiceConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString filePath() const { return m_file; }
    [[nodiscard]] Keychain keychain() const { return m_keychain; }
    /// Why no keychain answers, or why the remembered passphrase failed.
    [[nodiscard]] QString keychainDetail() const { return m_keychainDetail; }
    /// True when the keychain holds the vault's passphrase.
    [[nodiscard]] bool remembered() const { return m_remembered; }

    /// Asks the service again (also done on every (re)connection).
    void refresh();
    /// Unlocks, or creates when the workspace has no vault yet; with
    /// @p remember the service also hands the passphrase to the keychain
    /// (the outcome arrives as keychainAnswered()).
    void unlock(const Vault::Secret &passphrase, bool remember, Done done);
    /// Removes the passphrase from the keychain (outcome: keychainAnswered()).
    void forget(Done done);
    void list(std::function<void(Result<QList<VaultEntry>>)> done);
    void store(const QString &key, const Vault::Secret &value, Done done);
    void remove(const QString &key, Done done);

signals:
    void stateChanged(OpsDeck::Models::ServiceVault::State state);
    /// A secret was stored or removed (by this console or another client).
    void changed();
    /// keychain(), keychainDetail() or remembered() changed.
    void keychainChanged();
    /// The keychain stored or removed the passphrase (@p ok), or failed to.
    void keychainAnswered(bool ok, const QString &message);

private:
    void setState(State state);
    void readStatus(const QJsonObject &status);
    void call(const QString &method, const QJsonObject &params, std::function<void(Result<QJsonValue>)> done);

    JobServiceConnection *m_connection;
    State m_state = State::Unknown;
    QString m_file;
    Keychain m_keychain = Keychain::Unknown;
    QString m_keychainDetail;
    bool m_remembered = false;
};

} // namespace OpsDeck::Models
