// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "models/session/sync/syncsource.h"


namespace OpsDeck::NetBox {
class NetBoxRunner;
}

namespace OpsDeck::Models {

/// The endpoints a NetBox sync visits, in order (every mirrored kind).
[[nodiscard]] QStringList netboxSyncEndpoints();

/// The NetBox mirror of one workspace as a SyncSource: runs go through a
/// NetBoxRunner (its worker thread does the network and store work), and
/// the server is probed now and then so the console can say it is offline.
/// Does not own the runner. GUI thread.
class NetBoxSyncSource final : public SyncSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetBoxSyncSource)

public:
    NetBoxSyncSource(NetBox::NetBoxRunner *runner, const QString &workspaceName, QObject *parent = nullptr);
    ~NetBoxSyncSource() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QStringList endpoints() const override;

public slots:
    void startFull() override;
    void startIncremental() override;
    void cancel() override;
    void checkReachability() override;

private:
    NetBox::NetBoxRunner *m_runner;
};

} // namespace OpsDeck::Models
