// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QPointer>

#include "models/session/changeset/changesetsession.h"

namespace OpsDeck::Models {

/// A ChangeSetSession as a two-level tree for views: one row per edited
/// object (its state: pending, written, conflict, failed), one child row per
/// field with the local value, NetBox's current value (for conflicts) and the
/// last synced value (the base), side by side. Related objects show with
/// their names ("AMS1-R001 (#4)").
///
/// Read-only: edits, pushes and resolutions go to the session, whose rows
/// are the model's top rows. Does not own the session; shows nothing once
/// it is destroyed. GUI thread.
class ChangeSetModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSetModel)

public:
    /// Top rows: the object in ObjectColumn; child rows: the field.
    enum Column { ObjectColumn, LocalColumn, RemoteColumn, BaseColumn, StatusColumn, ColumnCount };
    enum Role {
        EntryStateRole = Qt::UserRole, ///< ChangeSetSession::EntryState as int (both row levels)
        KindRole,                      ///< Domain::ObjectKind as int
        ObjectIdRole,                  ///< qint64; 0 for an unwritten create
        FieldRole,                     ///< child rows: the API field name
        ValueRole,                     ///< the column's value as QJsonValue
    };
    using EntryState = ChangeSetSession::EntryState;

    explicit ChangeSetModel(ChangeSetSession *session, QObject *parent = nullptr);
    ~ChangeSetModel() override;

    [[nodiscard]] ChangeSetSession *session() const { return m_session; }

    /// A value as the views show it; empty for "no value".
    [[nodiscard]] static QString valueText(const QJsonValue &value);
    [[nodiscard]] static QString stateText(EntryState state);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    using Entry = ChangeSetSession::Entry;
    using Field = ChangeSetSession::Field;

    void handleEntryChanged(int row);
    [[nodiscard]] QVariant entryData(const Entry &entry, int column, int role) const;
    [[nodiscard]] QVariant fieldData(const Entry &entry, const Field &field, int column, int role) const;
    /// A value for the views: a related object's id with its name when known.
    [[nodiscard]] QString displayText(const QString &field, const QJsonValue &value) const;
    [[nodiscard]] QString objectText(const Entry &entry) const;
    [[nodiscard]] QString statusText(const Entry &entry) const;

    QPointer<ChangeSetSession> m_session;
};

} // namespace OpsDeck::Models
