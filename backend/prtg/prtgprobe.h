// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"

namespace OpsDeck::Prtg {

class PrtgClient;

/// What a PRTG server said to a connection test.
struct ProbeResult
{
    QString version; ///< as PRTG names it, e.g. "18.2.41.1636"
    qint64 devices = 0;
    qint64 sensors = 0;
};

/// Tests a PRTG connection as a user means it: does the server answer as
/// PRTG's API (table.json with its "prtg-version"), do the credentials
/// (API token, or user name and passhash) read it, how many devices and
/// sensors they see. Each failure becomes one sentence a person can act on
/// (describeProbeFailure): not PRTG (a web page, other JSON, 404),
/// credentials refused, TLS, timeout, unreachable. Asynchronous on the
/// client's thread; finished() is emitted exactly once per start().
class PrtgProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrtgProbe)

public:
    explicit PrtgProbe(PrtgClient *client, QObject *parent = nullptr);

    void start();
    /// Aborts; finished() follows with ErrorCode::Cancelled.
    void cancel();

signals:
    void finished(const OpsDeck::Result<OpsDeck::Prtg::ProbeResult> &result);

private:
    void end(const Result<ProbeResult> &result);

    QPointer<PrtgClient> m_client;
    ProbeResult m_result;
    bool m_running = false;
};

} // namespace OpsDeck::Prtg
