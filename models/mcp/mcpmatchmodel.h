// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <functional>
#include <memory>

#include <QAbstractTableModel>
#include <QList>
#include <QThread>

#include "backend/core/result.h"
#include "backend/mcp/mcpmatchstore.h"

namespace OpsDeck::Store {
class Store;
}

namespace OpsDeck::Models {

/// A NetBox device a network element can be matched to by hand.
struct MatchableDevice
{
    qint64 id = 0;
    QString name;
    QString primaryIp;
};

/// The matching review of the optical domain: every MCP network element of
/// the last sync with the NetBox device it stands for and how it was matched
/// (name, IP address, serial, by hand), unmatched ones first. setManualMatch()
/// records a match by hand in the store (McpMatchStore), where later syncs
/// keep it, then reloads.
///
/// Reads and writes run on a worker thread the model owns
/// ("opsdeck-mcp-review"), on a Store that `opener` opens there. Lives on the
/// GUI thread; the destructor stops and joins the worker.
class McpMatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpMatchModel)

public:
    using StoreOpener = std::function<Result<std::unique_ptr<Store::Store>>()>;

    enum Column { ElementColumn, AddressColumn, SerialColumn, DeviceColumn, MethodColumn, ColumnCount };
    enum Role {
        NetworkElementIdRole = Qt::UserRole + 1,
        DeviceIdRole,   ///< qint64, 0 when unmatched
        MatchedRole,    ///< bool
        MethodRole,     ///< int(Mcp::MatchMethod)
    };

    explicit McpMatchModel(StoreOpener opener, QObject *parent = nullptr);
    ~McpMatchModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Reads the rows again; ends with loaded() or errorOccurred().
    void reload();
    /// Matches element `networkElementId` to NetBox device `deviceId` by hand
    /// (0: forget the manual match); ends with manualMatchSaved() and a
    /// reload, or errorOccurred().
    void setManualMatch(const QString &networkElementId, qint64 deviceId);

    [[nodiscard]] const Mcp::NeReviewRow &row(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString &networkElementId) const;
    [[nodiscard]] int matchedCount() const;
    [[nodiscard]] int unmatchedCount() const { return int(m_rows.size()) - matchedCount(); }
    /// The NetBox devices, by name, for a manual match.
    [[nodiscard]] const QList<MatchableDevice> &devices() const { return m_devices; }
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

    [[nodiscard]] static QString methodText(Mcp::MatchMethod method);

signals:
    void loaded();
    void manualMatchSaved(const QString &networkElementId, qint64 deviceId);
    void errorOccurred(const OpsDeck::Error &error);

private:
    struct Snapshot;
    void apply(const Snapshot &snapshot);

    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread
    struct Shared;
    std::shared_ptr<Shared> m_shared; ///< touched only on m_thread
    QList<Mcp::NeReviewRow> m_rows;
    QList<MatchableDevice> m_devices;
    int m_pending = 0;
};

} // namespace OpsDeck::Models
