// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "backend/core/result.h"
#include "backend/workspace/workspaceconfig.h"

namespace OpsDeck::Workspace {

/// One isolated estate (a customer, a region, a lab): a folder holding
///   workspace.json  identity ("id", "version") and the workspace layer of
///                   the configuration, only values that differ from the
///                   built-in defaults, pretty-printed;
///   store.sqlite    the SQLite store (owned by the store, path only here);
///   vault.bin       the encrypted vault file (owned by the vault);
///   plans/          saved change plans.
/// The effective configuration is built-in defaults < workspace.json < the
/// user's override file <userConfigDir>/<id>.json, objects merged key by key,
/// arrays replaced; every layer is validated on load. Nothing is written
/// unless save() (or create()) is called, and the user's override file is
/// never written at all.
///
/// A plain value type with no thread affinity; it does no I/O after open()
/// except in save().
class Workspace final
{
public:
    static constexpr int FormatVersion = 1;

    /// Creates a workspace in @p folder (created if missing, must be empty
    /// otherwise) with a new UUID, and opens it. Refuses a folder that
    /// already holds a workspace or anything else (ErrorCode::Conflict).
    [[nodiscard]] static Result<Workspace> create(const QString &folder, const QString &name,
                                                  const QString &userConfigDir = defaultUserConfigDir());

    /// Opens and validates the workspace in @p folder. NotFound when it is
    /// not a workspace; InvalidInput listing every problem of every layer
    /// file otherwise (see ConfigIssue::toError). Writes nothing.
    [[nodiscard]] static Result<Workspace> open(const QString &folder,
                                                const QString &userConfigDir = defaultUserConfigDir());

    /// True when @p folder holds a workspace.json (valid or not).
    [[nodiscard]] static bool isWorkspace(const QString &folder);

    /// Paths::configRoot() + "/workspaces": where the user's
    /// per-workspace override files live.
    [[nodiscard]] static QString defaultUserConfigDir();

    [[nodiscard]] static QString configFileName() { return QStringLiteral("workspace.json"); }
    [[nodiscard]] static QString storeFileName() { return QStringLiteral("store.sqlite"); }
    [[nodiscard]] static QString vaultFileName() { return QStringLiteral("vault.bin"); }
    [[nodiscard]] static QString plansDirName() { return QStringLiteral("plans"); }

    /// The UUID from workspace.json, lower case without braces.
    [[nodiscard]] QString id() const { return m_id; }
    /// config().name, or the folder's name when none is configured.
    [[nodiscard]] QString name() const;
    /// Absolute, canonical folder path.
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString configFile() const;
    [[nodiscard]] QString userConfigFile() const;
    [[nodiscard]] QString storePath() const;
    [[nodiscard]] QString vaultPath() const;
    /// Created by create(); callers mkpath() it if a user removed it.
    [[nodiscard]] QString plansDir() const;

    /// Effective configuration: defaults < workspace.json < user overrides.
    [[nodiscard]] const WorkspaceConfig &config() const { return m_config; }
    /// Defaults < workspace.json, without user overrides: what save() writes.
    [[nodiscard]] const WorkspaceConfig &workspaceConfig() const { return m_workspaceConfig; }

    /// Replaces the workspace layer (validated; the effective configuration
    /// with the user's overrides on top must be valid too). Not written to
    /// disk until save().
    [[nodiscard]] Status setWorkspaceConfig(const WorkspaceConfig &config);

    /// Writes workspace.json atomically (QSaveFile). Refuses with
    /// ErrorCode::Conflict, leaving the file untouched, when the file on disk
    /// changed since it was loaded or last saved.
    [[nodiscard]] Status save();

private:
    Workspace() = default;

    [[nodiscard]] QByteArray serialize() const;

    QString m_id;
    QString m_folder;
    QString m_userConfigDir;
    WorkspaceConfig m_workspaceConfig;
    WorkspaceConfig m_config;
    QJsonObject m_userLayer;
    QByteArray m_diskBytes; ///< workspace.json as last read or written
};

} // namespace OpsDeck::Workspace
