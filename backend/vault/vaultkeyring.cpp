// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/vaultkeyring.h"

#include <QPointer>
#include <QTimer>

#include "backend/vault/secretstore.h"
#include "backend/vault/secretstorefactory.h"
#ifdef OPSDECK_HAVE_KEYCHAIN
#include "backend/vault/keychainstore.h"
#endif

using namespace Qt::StringLiterals;

namespace OpsDeck::Vault {

namespace {

Error noKeychain(const QString &why)
{
    return Error(ErrorCode::Unsupported, why);
}

/// Posts @p fn to @p context's event loop, so a callback never runs before
/// the call that asked for it returns.
void post(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

} // namespace

VaultKeyring::VaultKeyring(const QString &workspaceId, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{
#ifdef OPSDECK_HAVE_KEYCHAIN
    if (!workspaceId.isEmpty())
        m_store = std::make_unique<KeychainStore>(workspaceId);
#else
    Q_UNUSED(workspaceId)
#endif
}

VaultKeyring::~VaultKeyring() = default;

/// Wraps @p done so that it runs once: with the keychain's answer, or with
/// Unsupported when the timeout passes first (a keychain that hangs, as a
/// Secret Service waiting for a prompt nobody sees can, counts as absent).
template<typename R>
std::function<void(R)> VaultKeyring::guarded(std::function<void(R)> done)
{
    auto pending = std::make_shared<std::function<void(R)>>(std::move(done));
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [pending, timer, ms = m_timeoutMs] {
        timer->deleteLater();
        if (auto fn = std::exchange(*pending, nullptr))
            fn(noKeychain(u"the keychain did not answer within %1 s"_s.arg(ms / 1000.0, 0, 'g', 2)));
    });
    timer->start(m_timeoutMs);
    return [pending, timer = QPointer<QTimer>(timer)](R result) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        if (auto fn = std::exchange(*pending, nullptr))
            fn(std::move(result));
    };
}

void VaultKeyring::recall(RecallCallback done)
{
    if (!m_store) {
        post(this, [done] { done(noKeychain(u"this build of OpsDeck has no keychain support"_s)); });
        return;
    }
    m_store->read(QString::fromLatin1(EntryName), this, guarded<Result<Secret>>(std::move(done)));
}

void VaultKeyring::remember(const Secret &passphrase, StatusCallback done)
{
    if (!m_store) {
        post(this, [done] { done(noKeychain(u"this build of OpsDeck has no keychain support"_s)); });
        return;
    }
    if (passphrase.isEmpty()) {
        post(this, [done] { done(Error(ErrorCode::InvalidInput, u"the passphrase is empty"_s)); });
        return;
    }
    m_store->write(QString::fromLatin1(EntryName), passphrase, this, guarded<Status>(std::move(done)));
}

void VaultKeyring::forget(StatusCallback done)
{
    if (!m_store) {
        post(this, [done] { done(noKeychain(u"this build of OpsDeck has no keychain support"_s)); });
        return;
    }
    m_store->remove(QString::fromLatin1(EntryName), this,
                    guarded<Status>([done](Status st) {
                        if (!st && st.error().code == ErrorCode::NotFound)
                            st = {};
                        done(std::move(st));
                    }));
}

} // namespace OpsDeck::Vault
