// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "backend/core/result.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Workspace {

/// One workspace folder found under the registry root. A workspace whose
/// files do not validate is still listed, with the error, so it can be
/// shown and repaired; its id and name are then best effort.
struct WorkspaceEntry
{
    QString folder; ///< absolute path
    QString id;
    QString name;
    std::optional<Error> error; ///< set when the workspace cannot be opened
};

/// The workspaces under one root folder, one sub-folder each. Folder names
/// are derived from workspace names (lower-case ASCII, digits and '-', made
/// unique with "-2", "-3", ...), so a name can never point outside the root.
/// Display names are unique (case-insensitive), and so are ids: a copied
/// workspace folder is listed with a Conflict error rather than sharing the
/// original's user overrides.
///
/// Holds only paths; every call reads the disk afresh. No thread affinity.
class WorkspaceRegistry final
{
public:
    explicit WorkspaceRegistry(QString root = defaultRoot(), QString userConfigDir = Workspace::defaultUserConfigDir());

    /// Paths::dataRoot() + "/workspaces", shared by all executables.
    [[nodiscard]] static QString defaultRoot();

    /// The folder name create() starts from for @p name (before making it
    /// unique): never empty, never "." or "..", no separators.
    [[nodiscard]] static QString folderNameFor(const QString &name);

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString userConfigDir() const { return m_userConfigDir; }

    /// Every sub-folder holding a workspace.json, sorted by name. Hidden
    /// folders and symbolic links are skipped.
    [[nodiscard]] QList<WorkspaceEntry> list() const;

    /// Creates a workspace named @p name in a new, uniquely named sub-folder.
    /// Conflict when a workspace of that name (case-insensitive) exists.
    [[nodiscard]] Result<Workspace> create(const QString &name) const;

    /// NotFound, Conflict (id in several folders) or the workspace's own
    /// open() error.
    [[nodiscard]] Result<Workspace> findById(const QString &id) const;
    /// Case-insensitive match on the display name.
    [[nodiscard]] Result<Workspace> findByName(const QString &name) const;
    /// A workspace by display name, id or folder path (in that order).
    [[nodiscard]] Result<Workspace> find(const QString &nameIdOrFolder) const;

    /// The folder of the workspace opened last by the console or chosen with
    /// `opsdeck-cli workspace use`, kept in <root>/last-used; empty when none
    /// was recorded or the folder no longer holds a workspace. The service and
    /// the CLI default to it.
    [[nodiscard]] QString lastUsed() const;
    /// Records @p folder (absolute) as the last used workspace.
    [[nodiscard]] Status setLastUsed(const QString &folder) const;

private:
    [[nodiscard]] Result<Workspace> openUnique(const QList<WorkspaceEntry> &matches, const QString &what) const;

    QString m_root;
    QString m_userConfigDir;
};

} // namespace OpsDeck::Workspace
