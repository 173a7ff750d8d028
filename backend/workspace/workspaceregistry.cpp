// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/workspaceregistry.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include "backend/core/logging.h"
#include "backend/core/paths.h"

namespace OpsDeck::Workspace {

namespace {

constexpr int kMaxFolderNameLength = 48;

// Device names that Windows refuses as file names, whatever the extension.
bool isReservedOnWindows(const QString &name)
{
    static const QStringList reserved{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                      QStringLiteral("nul")};
    if (reserved.contains(name))
        return true;
    return name.size() == 4 && (name.startsWith(u"com") || name.startsWith(u"lpt")) && name.at(3).isDigit();
}

// Identity of a workspace whose configuration does not validate, read
// leniently so the listing can still show it.
void readIdentityLeniently(const QString &folder, WorkspaceEntry &entry)
{
    QFile file(QDir(folder).filePath(Workspace::configFileName()));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const QUuid uuid = QUuid::fromString(object.value(QLatin1String("id")).toString());
    if (!uuid.isNull())
        entry.id = uuid.toString(QUuid::WithoutBraces);
    entry.name = object.value(QLatin1String("name")).toString();
}

} // namespace

WorkspaceRegistry::WorkspaceRegistry(QString root, QString userConfigDir)
    : m_root(QDir(root).absolutePath())
    , m_userConfigDir(std::move(userConfigDir))
{}

QString WorkspaceRegistry::defaultRoot()
{
    return Paths::dataRoot() + QStringLiteral("/workspaces");
}

QString WorkspaceRegistry::folderNameFor(const QString &name)
{
    // Decompose so "Zürich" becomes "zurich" rather than "z-rich"; then keep
    // only ASCII letters and digits, everything else becomes one '-'.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toLower();
        } else if (!out.endsWith(QLatin1Char('-'))) {
            out += QLatin1Char('-');
        }
    }
    out = out.left(kMaxFolderNameLength);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("workspace");
    if (isReservedOnWindows(out))
        out += QStringLiteral("-ws");
    return out;
}

QList<WorkspaceEntry> WorkspaceRegistry::list() const
{
    QList<WorkspaceEntry> entries;
    const QDir root(m_root);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    QHash<QString, QString> folderById;
    for (const QString &name : folders) {
        const QString folder = root.filePath(name);
        if (!Workspace::isWorkspace(folder))
            continue;
        WorkspaceEntry entry;
        entry.folder = folder;
        const Result<Workspace> workspace = Workspace::open(folder, m_userConfigDir);
        if (workspace) {
            entry.id = workspace->id();
            entry.name = workspace->name();
        } else {
            entry.error = workspace.error();
            readIdentityLeniently(folder, entry);
            if (entry.name.isEmpty())
                entry.name = name;
        }
        // A copied folder keeps its id; only the first (by folder name)
        // keeps it, so two folders never share one user override file.
        if (!entry.id.isEmpty()) {
            if (folderById.contains(entry.id)) {
                entry.error = Error(ErrorCode::Conflict, QStringLiteral("another workspace folder has the same id"),
                                    {{QStringLiteral("folder"), folder},
                                     {QStringLiteral("id"), entry.id},
                                     {QStringLiteral("other"), folderById.value(entry.id)}});
            } else {
                folderById.insert(entry.id, folder);
            }
        }
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const WorkspaceEntry &a, const WorkspaceEntry &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return entries;
}

Result<Workspace> WorkspaceRegistry::create(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a workspace needs a name"));
    for (const WorkspaceEntry &entry : list()) {
        if (entry.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error(ErrorCode::Conflict, QStringLiteral("a workspace with this name exists"),
                         {{QStringLiteral("name"), trimmed}, {QStringLiteral("folder"), entry.folder}});
    }

    QDir root(m_root);
    if (!root.mkpath(QStringLiteral(".")))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the workspaces folder"),
                     {{QStringLiteral("folder"), m_root}});

    const QString base = folderNameFor(trimmed);
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        // mkdir() fails when the folder exists, which claims the name even
        // against a concurrent create().
        if (!root.mkdir(candidate))
            continue;
        const QString folder = root.filePath(candidate);
        Q_ASSERT(QFileInfo(folder).absolutePath() == root.absolutePath());
        Result<Workspace> workspace = Workspace::create(folder, trimmed, m_userConfigDir);
        if (!workspace) {
            QDir(folder).removeRecursively();
            return workspace.error();
        }
        return workspace;
    }
    return Error(ErrorCode::Conflict, QStringLiteral("no free folder name for the workspace"),
                 {{QStringLiteral("name"), trimmed}});
}

Result<Workspace> WorkspaceRegistry::findById(const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    QList<WorkspaceEntry> matches;
    if (!uuid.isNull()) {
        const QString wanted = uuid.toString(QUuid::WithoutBraces);
        const QList<WorkspaceEntry> entries = list();
        std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(matches),
                     [&](const WorkspaceEntry &entry) { return entry.id == wanted; });
    }
    return openUnique(matches, id);
}

Result<Workspace> WorkspaceRegistry::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    QList<WorkspaceEntry> matches;
    const QList<WorkspaceEntry> entries = list();
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(matches),
                 [&](const WorkspaceEntry &entry) { return entry.name.compare(wanted, Qt::CaseInsensitive) == 0; });
    return openUnique(matches, name);
}

Result<Workspace> WorkspaceRegistry::find(const QString &nameIdOrFolder) const
{
    auto byName = findByName(nameIdOrFolder);
    if (byName || byName.error().code != ErrorCode::NotFound)
        return byName;
    auto byId = findById(nameIdOrFolder.trimmed().toLower());
    if (byId || byId.error().code != ErrorCode::NotFound)
        return byId;
    if (Workspace::isWorkspace(nameIdOrFolder))
        return Workspace::open(QDir(nameIdOrFolder).absolutePath(), m_userConfigDir);
    return byName;
}

QString WorkspaceRegistry::lastUsed() const
{
    QFile file(QDir(m_root).filePath(QStringLiteral("last-used")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString folder = QString::fromUtf8(file.readAll()).trimmed();
    return !folder.isEmpty() && Workspace::isWorkspace(folder) ? folder : QString();
}

Status WorkspaceRegistry::setLastUsed(const QString &folder) const
{
    if (!QDir().mkpath(m_root))
        return Error(ErrorCode::Io, QStringLiteral("cannot create %1").arg(m_root));
    QSaveFile file(QDir(m_root).filePath(QStringLiteral("last-used")));
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(file.fileName()));
    file.write(QDir(folder).absolutePath().toUtf8() + '\n');
    if (!file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write %1").arg(file.fileName()));
    return {};
}

Result<Workspace> WorkspaceRegistry::openUnique(const QList<WorkspaceEntry> &matches, const QString &what) const
{
    if (matches.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no such workspace"),
                     {{QStringLiteral("workspace"), what}, {QStringLiteral("root"), m_root}});
    if (matches.size() > 1) {
        QStringList folders;
        for (const WorkspaceEntry &entry : matches)
            folders << entry.folder;
        return Error(ErrorCode::Conflict, QStringLiteral("several workspaces match"),
                     {{QStringLiteral("workspace"), what}, {QStringLiteral("folders"), folders}});
    }
    if (matches.constFirst().error)
        return *matches.constFirst().error;
    return Workspace::open(matches.constFirst().folder, m_userConfigDir);
}

} // namespace OpsDeck::Workspace
