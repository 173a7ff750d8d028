// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QObject>
#include <QPointer>

#include "backend/core/result.h"
#include "backend/netbox/netboxprobe.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Models {

/// Tests a NetBox connection typed into a form, before anything is saved:
/// the token is the one in the form, held only for the test. Asynchronous on
/// the GUI thread (the client never blocks); a new test cancels the one
/// running. Emits finished() once per test.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void testNetbox(const Workspace::NetboxConfig &config, const Vault::Secret &token);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_probe != nullptr; }

    /// One line for people: "NetBox 3.1.11: 3 sites, 5,500 devices".
    [[nodiscard]] static QString describe(const NetBox::ProbeResult &result);

signals:
    void finished(const OpsDeck::Result<OpsDeck::NetBox::ProbeResult> &result);

private:
    QPointer<NetBox::NetBoxClient> m_client;
    QPointer<NetBox::NetBoxProbe> m_probe;
};

} // namespace OpsDeck::Models
