// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>

#include <QString>

#include "backend/core/result.h"
#include "backend/vault/secret.h"

class QObject;

namespace OpsDeck::Notify {

struct Delivery;

/// Reads one vault entry by name (e.g. FileVault::lookup); NotFound when
/// absent, Locked when the vault is. Called on the notifier's thread.
using SecretLookup = std::function<Result<Vault::Secret>(const QString &key)>;

/// How one delivery attempt ended.
struct SendOutcome
{
    enum class Kind {
        Delivered,
        Retry,     ///< may work later (network, timeout, 5xx, refused login): stays in the outbox
        Permanent, ///< the receiver refuses this delivery for good (e.g. HTTP 400, SMTP 550)
    };
    Kind kind = Kind::Delivered;
    Error error;               ///< when not delivered; never holds a secret
    qint64 retryAfterMs = 0;   ///< the receiver asked to wait at least this long

    [[nodiscard]] static SendOutcome delivered() { return {}; }
    [[nodiscard]] static SendOutcome retry(Error error, qint64 afterMs = 0)
    {
        return {Kind::Retry, std::move(error), afterMs};
    }
    [[nodiscard]] static SendOutcome permanent(Error error) { return {Kind::Permanent, std::move(error), 0}; }
};

/// One channel's way of sending a delivery. send() returns at once; @p done
/// runs exactly once on the sender's thread, unless @p context is gone by
/// then or the sender is destroyed first (the attempt then counts as never
/// made). Lives on the notifier's thread.
class Sender
{
public:
    using Done = std::function<void(const SendOutcome &)>;

    virtual ~Sender() = default;
    virtual void send(const Delivery &delivery, QObject *context, Done done) = 0;
};

} // namespace OpsDeck::Notify
