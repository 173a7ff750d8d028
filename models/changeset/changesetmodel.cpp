// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/changeset/changesetmodel.h"

#include <cmath>

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OpsDeck::Models {

using NetBox::Edit;

namespace {

// Child rows carry their entry's row + 1 as internal id; top rows carry 0.
constexpr quintptr kTopLevel = 0;

QColor problemColour()
{
    return QColor(Qt::red).darker(120);
}

} // namespace

ChangeSetModel::ChangeSetModel(ChangeSetSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    Q_ASSERT(session);
    connect(session, &ChangeSetSession::entriesAboutToBeReset, this, &ChangeSetModel::beginResetModel);
    connect(session, &ChangeSetSession::entriesReset, this, &ChangeSetModel::endResetModel);
    connect(session, &ChangeSetSession::entryAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(session, &ChangeSetSession::entryAdded, this, &ChangeSetModel::endInsertRows);
    connect(session, &ChangeSetSession::entryAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(session, &ChangeSetSession::entryRemoved, this, &ChangeSetModel::endRemoveRows);
    connect(session, &ChangeSetSession::entryChanged, this, &ChangeSetModel::handleEntryChanged);
    connect(session, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

ChangeSetModel::~ChangeSetModel() = default;

QString ChangeSetModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ChangeSetModel::displayText(const QString &field, const QJsonValue &value) const
{
    if (value.isDouble()) {
        const QString name = m_session->relatedName(field, value.toInteger());
        if (!name.isEmpty())
            return tr("%1 (#%2)").arg(name).arg(value.toInteger());
    }
    return valueText(value);
}

QString ChangeSetModel::stateText(EntryState state)
{
    switch (state) {
    case EntryState::Pending:
        return tr("Pending");
    case EntryState::Pushing:
        return tr("Pushing");
    case EntryState::Written:
        return tr("Written");
    case EntryState::Conflict:
        return tr("Conflict");
    case EntryState::Failed:
        return tr("Failed");
    case EntryState::KeepMine:
        return tr("Keep mine");
    case EntryState::TheirsTaken:
        return tr("Took NetBox's version");
    }
    return {};
}

QString ChangeSetModel::objectText(const Entry &entry) const
{
    const QString kind = Domain::kindInfo(entry.edit.kind).key;
    if (entry.edit.type == Edit::Type::Create && entry.edit.id == 0) {
        for (const char *field : {"name", "address", "label"}) {
            const QString name = entry.edit.fields.value(QString::fromLatin1(field)).toString();
            if (!name.isEmpty())
                return tr("new %1 %2").arg(kind, name);
        }
        return tr("new %1").arg(kind);
    }
    if (!entry.label.isEmpty())
        return tr("%1 %2 (#%3)").arg(kind, entry.label).arg(entry.edit.id);
    return tr("%1 #%2").arg(kind).arg(entry.edit.id);
}

QString ChangeSetModel::statusText(const Entry &entry) const
{
    switch (entry.state) {
    case EntryState::Conflict:
        return entry.conflict.deletedRemotely ? tr("Conflict: deleted in NetBox since the sync")
                                              : tr("Conflict: changed in NetBox since the sync");
    case EntryState::Failed:
        return tr("Failed: %1").arg(entry.error);
    case EntryState::KeepMine:
        return tr("Keep mine: overwrites NetBox on the next push");
    default:
        return stateText(entry.state);
    }
}

QModelIndex ChangeSetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_session || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int entries = m_session->entryCount();
    if (!parent.isValid())
        return row < entries ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= entries)
        return {};
    if (row >= m_session->entry(parent.row()).fields.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ChangeSetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ChangeSetModel::rowCount(const QModelIndex &parent) const
{
    if (!m_session)
        return 0;
    if (!parent.isValid())
        return m_session->entryCount();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_session->entry(parent.row()).fields.size());
}

int ChangeSetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChangeSetModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == kTopLevel;
    const Entry &e = m_session->entry(top ? index.row() : int(index.internalId() - 1));
    switch (role) {
    case EntryStateRole:
        return int(e.state);
    case KindRole:
        return int(e.edit.kind);
    case ObjectIdRole:
        return e.edit.id;
    default:
        break;
    }
    return top ? entryData(e, index.column(), role) : fieldData(e, e.fields.at(index.row()), index.column(), role);
}

QVariant ChangeSetModel::entryData(const Entry &entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == ObjectColumn)
            return objectText(entry);
        if (column == StatusColumn)
            return statusText(entry);
        return {};
    case Qt::ToolTipRole:
        return column == StatusColumn ? QVariant(statusText(entry)) : QVariant();
    case Qt::ForegroundRole:
        if (entry.state == EntryState::Conflict || entry.state == EntryState::Failed)
            return problemColour();
        return {};
    default:
        return {};
    }
}

QVariant ChangeSetModel::fieldData(const Entry &entry, const Field &field, int column, int role) const
{
    const auto value = [&]() -> QJsonValue {
        switch (column) {
        case LocalColumn:
            return field.local;
        case RemoteColumn:
            return field.remote;
        case BaseColumn:
            return field.base;
        default:
            return QJsonValue(QJsonValue::Undefined);
        }
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == ObjectColumn)
            return field.field;
        if (column != StatusColumn)
            return displayText(field.field, value());
        if (entry.state == EntryState::Conflict && field.remote != field.base)
            return tr("changed in NetBox");
        if (entry.edit.type == Edit::Type::Update && field.base.isUndefined())
            return QString();
        return field.base == field.local ? tr("unchanged") : tr("changed");
    case FieldRole:
        return field.field;
    case ValueRole:
        return value().toVariant();
    case Qt::ForegroundRole:
        if (entry.state == EntryState::Conflict && column == RemoteColumn && field.remote != field.base)
            return problemColour();
        return {};
    default:
        return {};
    }
}

QVariant ChangeSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Object / field");
    case LocalColumn:
        return tr("Local (mine)");
    case RemoteColumn:
        return tr("NetBox now (theirs)");
    case BaseColumn:
        return tr("Last synced (base)");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ChangeSetModel::handleEntryChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int children = int(m_session->entry(row).fields.size());
    if (children > 0) {
        const QModelIndex parent = index(row, 0);
        emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

} // namespace OpsDeck::Models
