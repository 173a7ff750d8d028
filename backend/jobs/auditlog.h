// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace OpsDeck::Jobs {

/// One audit record. `hash` = SHA-256 over the previous entry's hash and
/// every field of this one, so editing or removing an entry breaks the
/// chain from that point on.
struct AuditEntry
{
    qint64 sequence = 0; ///< 1, 2, 3, ... without gaps
    QDateTime at;
    QString jobId;
    QString actor;
    QString event; ///< "submitted", "state", "approved", "result", ...
    QJsonObject detail;
    QString previousHash; ///< hex; 64 zeros for the first entry
    QString hash;         ///< hex

    [[nodiscard]] QJsonObject toJson() const;
};

/// Outcome of a chain check.
struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSequence = 0; ///< 0 when ok
    QString problem;             ///< empty when ok

    [[nodiscard]] QJsonObject toJson() const;
};

/// The hash chain rules, independent of storage. Pure functions.
class AuditLog final
{
public:
    AuditLog() = delete;

    [[nodiscard]] static QString genesisHash();
    /// The hash an entry must carry (its own `hash` field is ignored).
    [[nodiscard]] static QString computeHash(const AuditEntry &entry);
    /// Checks sequence continuity, each link to the previous hash and each
    /// entry's own hash, in order. @p entries must be sorted by sequence.
    [[nodiscard]] static AuditVerification verify(const QList<AuditEntry> &entries);
};

} // namespace OpsDeck::Jobs
