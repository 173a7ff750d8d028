// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/workspace/workspace.h"

#include "backend/core/paths.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include "backend/core/logging.h"

namespace OpsDeck::Workspace {

namespace {

struct FileRead
{
    bool exists = false;
    QByteArray bytes;
    std::optional<Error> error;
};

FileRead readFile(const QString &path)
{
    FileRead read;
    QFile file(path);
    if (!file.exists())
        return read;
    read.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = Error(ErrorCode::Io, QStringLiteral("cannot read file: %1").arg(file.errorString()),
                           {{QStringLiteral("file"), path}});
        return read;
    }
    read.bytes = file.readAll();
    return read;
}

// A short rendering of a value for an error message.
QString renderJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("nothing");
    if (value.isArray() || value.isObject())
        return value.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)).left(80);
}

ConfigIssue ioIssue(const QString &file, const Error &error)
{
    ConfigIssue issue;
    issue.kind = ConfigIssue::Kind::Io;
    issue.file = file;
    issue.expected = QStringLiteral("a readable file (%1)").arg(error.detail);
    return issue;
}

// Problems across keys may come from either layer; name both files when the
// user has overrides.
QString effectiveSource(const QString &configFile, const QString &userFile, bool userLayerExists)
{
    if (!userLayerExists)
        return configFile;
    return configFile + QStringLiteral(" with overrides from ") + userFile;
}

QList<ConfigIssue> onlyCrossKeyIssues(const QList<ConfigIssue> &issues)
{
    QList<ConfigIssue> out;
    for (const ConfigIssue &issue : issues) {
        if (issue.kind == ConfigIssue::Kind::Inconsistent)
            out << issue;
    }
    return out;
}

} // namespace

Result<Workspace> Workspace::create(const QString &folder, const QString &name, const QString &userConfigDir)
{
    const QString trimmed = name.trimmed();
    const QVariantMap context{{QStringLiteral("folder"), folder}};
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a workspace needs a name"), context);

    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error(ErrorCode::Conflict, QStringLiteral("the path exists and is not a folder"), context);
    if (isWorkspace(folder))
        return Error(ErrorCode::Conflict, QStringLiteral("the folder already holds a workspace; open it instead"),
                     context);
    QDir dir(folder);
    if (info.exists() &&
        !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("the folder is not empty and is not a workspace"), context);

    Workspace workspace;
    workspace.m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    workspace.m_workspaceConfig.name = trimmed;
    if (const auto issues = workspace.m_workspaceConfig.validate(folder); !issues.isEmpty())
        return ConfigIssue::toError(issues);

    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(plansDirName()))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the workspace folder"), context);
    // The folder holds the store and the vault: keep other users out.
    QFile::setPermissions(dir.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    workspace.m_folder = QFileInfo(dir.absolutePath()).canonicalFilePath();
    workspace.m_userConfigDir = userConfigDir;
    if (const Status saved = workspace.save(); !saved)
        return saved.error();
    qCInfo(lcWorkspace) << "created workspace" << workspace.m_id << "in" << workspace.m_folder;
    return open(workspace.m_folder, userConfigDir);
}

Result<Workspace> Workspace::open(const QString &folder, const QString &userConfigDir)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !isWorkspace(folder))
        return Error(ErrorCode::NotFound, QStringLiteral("not a workspace folder (no %1)").arg(configFileName()),
                     {{QStringLiteral("folder"), folder}});

    Workspace workspace;
    workspace.m_folder = info.canonicalFilePath();
    workspace.m_userConfigDir = userConfigDir;
    const QString configPath = workspace.configFile();

    QList<ConfigIssue> issues;
    const FileRead ownFile = readFile(configPath);
    if (ownFile.error)
        return *ownFile.error;
    workspace.m_diskBytes = ownFile.bytes;

    std::optional<QJsonObject> layer = WorkspaceConfig::parseJson(ownFile.bytes, configPath, issues);
    if (layer) {
        // Identity keys belong to workspace.json only; the user layer does
        // not know them and reports them as unknown.
        const QJsonValue id = layer->take(QStringLiteral("id"));
        const QUuid uuid = QUuid::fromString(id.toString());
        if (!id.isString() || uuid.isNull()) {
            ConfigIssue issue;
            issue.kind = id.isString() ? ConfigIssue::Kind::BadFormat : ConfigIssue::Kind::WrongType;
            issue.file = configPath;
            issue.keyPath = QStringLiteral("id");
            issue.value = renderJson(id);
            issue.expected = QStringLiteral("a UUID string");
            issues << issue;
        } else {
            workspace.m_id = uuid.toString(QUuid::WithoutBraces);
        }
        const QJsonValue version = layer->take(QStringLiteral("version"));
        const double number = version.toDouble();
        if (!version.isUndefined() &&
            (!version.isDouble() || number != std::floor(number) || number < 1 || number > FormatVersion)) {
            ConfigIssue issue;
            issue.kind = ConfigIssue::Kind::OutOfRange;
            issue.file = configPath;
            issue.keyPath = QStringLiteral("version");
            issue.value = renderJson(version);
            issue.expected =
                QStringLiteral("a format version from 1 to %1 (a newer OpsDeck wrote this file?)").arg(FormatVersion);
            issues << issue;
        }
        issues += workspace.m_workspaceConfig.applyLayer(*layer, configPath);
    }

    bool userLayerExists = false;
    if (!workspace.m_id.isEmpty()) {
        const QString userPath = workspace.userConfigFile();
        const FileRead userFile = readFile(userPath);
        userLayerExists = userFile.exists;
        if (userFile.error) {
            issues << ioIssue(userPath, *userFile.error);
        } else if (userFile.exists) {
            if (auto userLayer = WorkspaceConfig::parseJson(userFile.bytes, userPath, issues)) {
                workspace.m_userLayer = *userLayer;
                workspace.m_config = workspace.m_workspaceConfig;
                issues += workspace.m_config.applyLayer(workspace.m_userLayer, userPath);
            }
        }
    }
    if (!userLayerExists)
        workspace.m_config = workspace.m_workspaceConfig;

    if (issues.isEmpty()) {
        issues += onlyCrossKeyIssues(
            workspace.m_config.validate(effectiveSource(configPath, workspace.userConfigFile(), userLayerExists)));
    }
    if (!issues.isEmpty()) {
        qCWarning(lcWorkspace) << "workspace" << workspace.m_folder << "has" << issues.size()
                               << "configuration problem(s)";
        return ConfigIssue::toError(issues);
    }
    return workspace;
}

bool Workspace::isWorkspace(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(configFileName())).isFile();
}

QString Workspace::defaultUserConfigDir()
{
    return Paths::configRoot() + QStringLiteral("/workspaces");
}

QString Workspace::name() const
{
    if (!m_config.name.isEmpty())
        return m_config.name;
    return QFileInfo(m_folder).fileName();
}

QString Workspace::configFile() const
{
    return QDir(m_folder).filePath(configFileName());
}

QString Workspace::userConfigFile() const
{
    return QDir(m_userConfigDir).filePath(m_id + QStringLiteral(".json"));
}

QString Workspace::storePath() const
{
    return QDir(m_folder).filePath(storeFileName());
}

QString Workspace::vaultPath() const
{
    return QDir(m_folder).filePath(vaultFileName());
}

QString Workspace::plansDir() const
{
    return QDir(m_folder).filePath(plansDirName());
}

Status Workspace::setWorkspaceConfig(const WorkspaceConfig &config)
{
    // Cross-key rules apply to the combined layers only, as in open(): the
    // user's overrides may complete what the workspace layer leaves open.
    QList<ConfigIssue> issues = config.validate(configFile());
    issues.removeIf([](const ConfigIssue &issue) { return issue.kind == ConfigIssue::Kind::Inconsistent; });
    if (!issues.isEmpty())
        return ConfigIssue::toError(issues);

    WorkspaceConfig effective = config;
    const bool userLayerExists = !m_userLayer.isEmpty();
    issues = effective.applyLayer(m_userLayer, userConfigFile());
    issues += onlyCrossKeyIssues(effective.validate(effectiveSource(configFile(), userConfigFile(), userLayerExists)));
    if (!issues.isEmpty())
        return ConfigIssue::toError(issues);

    m_workspaceConfig = config;
    m_config = effective;
    return {};
}

QByteArray Workspace::serialize() const
{
    QJsonObject json = m_workspaceConfig.toJson(WorkspaceConfig::JsonMode::ChangesOnly);
    json.insert(QStringLiteral("id"), m_id);
    json.insert(QStringLiteral("version"), FormatVersion);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Status Workspace::save()
{
    const QString path = configFile();
    const QVariantMap context{{QStringLiteral("file"), path}};
    const FileRead current = readFile(path);
    if (current.error)
        return *current.error;
    if (current.bytes != m_diskBytes || (current.exists && m_diskBytes.isNull()))
        return Error(ErrorCode::Conflict,
                     QStringLiteral("the workspace file changed on disk since it was loaded; not overwritten"),
                     context);

    const QByteArray bytes = serialize();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot write file: %1").arg(file.errorString()), context);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write file: %1").arg(file.errorString()), context);
    m_diskBytes = bytes;
    return {};
}

} // namespace OpsDeck::Workspace
