// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/workspace/backupschedules.h"
#include "backend/workspace/configissue.h"
#include "backend/workspace/configvalues.h"
#include "backend/workspace/credentialprofiles.h"

namespace OpsDeck::Workspace {

enum class StoreDriver { Sqlite, Postgres };
enum class NetboxTokenVersion { V1, V2, Auto };

/// Where the workspace keeps its inventory. SQLite lives in the workspace
/// folder (Workspace::storePath()); PostgreSQL is a shared team store.
struct StoreConfig
{
    StoreDriver driver = StoreDriver::Sqlite;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    SecretRef password;

    bool operator==(const StoreConfig &) const = default;
};

struct NetboxConfig
{
    QString url; ///< empty: NetBox not configured
    SecretRef token;
    NetboxTokenVersion tokenVersion = NetboxTokenVersion::Auto;
    bool verifyTls = true;
    QString caFile;
    QStringList pinnedSha256; ///< certificate SHA-256 fingerprints, lower-case hex without separators
    int timeoutMs = 30000;
    int pageSize = 250;  ///< 1..1000
    int concurrency = 4; ///< 1..16

    bool operator==(const NetboxConfig &) const = default;
};

struct McpConfig
{
    QString url;
    QString username;
    SecretRef password;
    bool verifyTls = true;
    int timeoutMs = 30000;

    bool operator==(const McpConfig &) const = default;
};

struct PrtgConfig
{
    QString url;
    QString username;
    SecretRef passhash; ///< with username; or
    SecretRef apiToken; ///< alone; never both
    bool verifyTls = true;
    int timeoutMs = 30000;

    bool operator==(const PrtgConfig &) const = default;
};

struct ConnectionsConfig
{
    NetboxConfig netbox;
    McpConfig mcp;
    PrtgConfig prtg;

    bool operator==(const ConnectionsConfig &) const = default;
};

struct PollingConfig
{
    SnmpVersion snmpVersion = SnmpVersion::V2c;
    int intervalSeconds = 60; ///< >= 5
    int timeoutMs = 2000;
    int retries = 2;         ///< 0..10
    int maxRepetitions = 25; ///< 1..100 (GETBULK)
    int icmpIntervalSeconds = 30;
    SecretRef credentials;                  ///< community (v1/v2c) or USM user (v3) in the vault
    QMap<QString, int> roleIntervalSeconds; ///< device role slug -> polling interval (>= 5 s)

    /// The interval for devices of @p roleSlug: its override, else intervalSeconds.
    [[nodiscard]] int intervalFor(const QString &roleSlug) const;

    bool operator==(const PollingConfig &) const = default;
};

/// How many approvals a change needs. Empty kind/site/role or "*" match
/// anything; the window, when set, is "HH:MM-HH:MM" in local time and may
/// wrap past midnight ("22:00-06:00").
struct ApprovalRule
{
    QString kind = QStringLiteral("*");
    QString site = QStringLiteral("*");
    QString role = QStringLiteral("*");
    QString window;   ///< empty: any time
    int required = 1; ///< 0, 1 or 2

    bool operator==(const ApprovalRule &) const = default;
};

struct ApprovalsConfig
{
    QList<ApprovalRule> rules;

    bool operator==(const ApprovalsConfig &) const = default;
};

struct SyncConfig
{
    int intervalMinutes = 15; ///< 0: manual sync only

    bool operator==(const SyncConfig &) const = default;
};

/// The metric groups a collection schedule knows, in this order: "system",
/// "interfaces", "sensors", "lldp", "pdu", "icmp".
[[nodiscard]] const QStringList &collectionGroupNames();

/// What opsdeckd collects on its own, and how often. Intervals are seconds;
/// 0 turns a group off. The interval of a device's group is its role's
/// override (roles.<slug>.<group>), else groups.<group>. SNMP access
/// (version, timeout, retries, credentials) comes from PollingConfig.
struct CollectionConfig
{
    bool enabled = true;
    QMap<QString, int> groups = {
        {QStringLiteral("system"), 300}, {QStringLiteral("interfaces"), 60}, {QStringLiteral("sensors"), 300},
        {QStringLiteral("lldp"), 3600},  {QStringLiteral("pdu"), 300},       {QStringLiteral("icmp"), 60},
    };
    QMap<QString, QMap<QString, int>> roles; ///< role slug -> group -> seconds
    int snmpPort = 161;                      ///< UDP port of the devices' agents

    /// Seconds between two collections of @p group for devices of @p roleSlug (0: off).
    [[nodiscard]] int intervalFor(const QString &roleSlug, const QString &group) const;

    bool operator==(const CollectionConfig &) const = default;
};

/// A v3 user traps may come from: the vault entry @p credentials holds
/// "<path>/user", "<path>/auth" and optionally "<path>/priv",
/// "<path>/authProtocol", "<path>/privProtocol". engineId is the sender's
/// snmpEngineID in hex (traps); empty for informs sent to us.
struct TrapUserConfig
{
    SecretRef credentials;
    QString engineId;

    bool operator==(const TrapUserConfig &) const = default;
};

/// The SNMP notification receiver of opsdeckd.
struct TrapsConfig
{
    bool enabled = false;
    QString address = QStringLiteral("0.0.0.0");
    int port = 162;
    QList<SecretRef> communities; ///< v1/v2c communities accepted (vault entries); empty: v2c refused
    QList<TrapUserConfig> users;

    bool operator==(const TrapsConfig &) const = default;
};

/// What the background service runs for this workspace besides jobs.
/// NetBox's incremental sync follows SyncConfig::intervalMinutes.
struct ServiceConfig
{
    CollectionConfig collection;
    TrapsConfig traps;
    int mcpRefreshMinutes = 60; ///< 0: no scheduled MCP refresh

    bool operator==(const ServiceConfig &) const = default;
};

/// Typed workspace configuration. Every default is the member initialiser
/// above and nowhere else; toJson() of a default-constructed instance is the
/// built-in defaults layer. Plain value type, safe to copy across threads.
///
/// JSON layout (keys as in the structs): name, description, store{...},
/// connections{netbox{...}, mcp{...}, prtg{...}}, polling{...,
/// roleIntervalSeconds{slug: seconds}}, approvals{rules[...]}, sync{...},
/// service{collection{enabled, groups{group: seconds}, roles{slug: {group:
/// seconds}}}, traps{enabled, address, port, communities[...], users[...]},
/// mcpRefreshMinutes}, credentialProfiles{snmp{...}, ssh{...}} (see
/// CredentialProfilesConfig), backups{schedules[...]} (see BackupsConfig), and the
/// sections their owners read: alarms, notifications, compliance.
struct WorkspaceConfig
{
    QString name;
    QString description;
    StoreConfig store;
    ConnectionsConfig connections;
    PollingConfig polling;
    ApprovalsConfig approvals;
    SyncConfig sync;
    ServiceConfig service;
    CredentialProfilesConfig credentialProfiles;
    BackupsConfig backups;
    /// Alarm rules and notification channels: sections their owners read and
    /// validate (Alarms::AlarmRulesConfig, Notify::NotifyConfig), kept here as
    /// written so that every layer and tool round-trips them.
    QJsonObject alarms;
    QJsonObject notifications;
    /// Configuration compliance: volatile lines, rule sets, target versions
    /// and where intended configurations come from; read and validated by
    /// the service's compliance checker (Service::ComplianceService).
    QJsonObject compliance;

    enum class JsonMode {
        Full,        ///< every key, defaults included
        ChangesOnly, ///< only values that differ from the built-in defaults
    };

    /// Serialises the configuration. Unset secret references are left out.
    [[nodiscard]] QJsonObject toJson(JsonMode mode = JsonMode::Full) const;

    /// Merges one layer onto this configuration: objects merge key by key
    /// (roleIntervalSeconds too), arrays and scalars replace. Every problem
    /// in @p layer is returned, each naming @p file; on problems this
    /// configuration is left partly merged and should be discarded.
    [[nodiscard]] QList<ConfigIssue> applyLayer(const QJsonObject &layer, const QString &file);

    /// Checks that hold across keys (e.g. postgres needs host and database)
    /// and re-checks every single value, so configurations built in code are
    /// held to the same rules as files. Issues name @p file.
    [[nodiscard]] QList<ConfigIssue> validate(const QString &file = {}) const;

    /// Defaults + @p json, validated. The error names @p file.
    [[nodiscard]] static Result<WorkspaceConfig> fromJson(const QJsonObject &json, const QString &file = {});

    /// Parses JSON text into an object. On failure returns std::nullopt and
    /// appends one Kind::Syntax issue (line, column, offset set) naming
    /// @p file; a top level that is not an object is a failure too.
    [[nodiscard]] static std::optional<QJsonObject> parseJson(const QByteArray &bytes, const QString &file,
                                                              QList<ConfigIssue> &issues);

    bool operator==(const WorkspaceConfig &) const = default;
};

[[nodiscard]] QString toConfigString(StoreDriver driver);
[[nodiscard]] QString toConfigString(NetboxTokenVersion version);
[[nodiscard]] QString toConfigString(SnmpVersion version);

} // namespace OpsDeck::Workspace
