// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include "backend/core/result.h"
#include "backend/ipc/ipcclient.h"
#include "backend/vault/secret.h"
#include "backend/workspace/workspace.h"

namespace OpsDeck::Cli {

/// Every option of opsdeck-cli, registered on one parser.
struct Options
{
    explicit Options(QCommandLineParser &parser);

    QCommandLineParser &parser;
    QCommandLineOption workspace;
    QCommandLineOption socket;
    QCommandLineOption target;
    QCommandLineOption targets;
    QCommandLineOption params;
    QCommandLineOption intent;
    QCommandLineOption key;
    QCommandLineOption priority;
    QCommandLineOption as;
    QCommandLineOption state;
    QCommandLineOption folder;
    QCommandLineOption url;
    QCommandLineOption tokenSecret;
    QCommandLineOption tokenVersion;
    QCommandLineOption user;
    QCommandLineOption passwordSecret;
    QCommandLineOption noVerifyTls;
    QCommandLineOption caFile;
    QCommandLineOption pin;
    QCommandLineOption fromFile;
    QCommandLineOption create;
    QCommandLineOption remember;
    QCommandLineOption full;
    QCommandLineOption follow;
    QCommandLineOption noStart;
    QCommandLineOption snmpVersion;
    QCommandLineOption credentials;
    QCommandLineOption snmpPort;
    QCommandLineOption profile;
    QCommandLineOption site;
    QCommandLineOption role;
    QCommandLineOption tag;
    QCommandLineOption comment;
    QCommandLineOption minutes;
    QCommandLineOption until;
    QCommandLineOption device;
    QCommandLineOption hours;
    QCommandLineOption input;
    QCommandLineOption utcOffset;
    QCommandLineOption output;
    QCommandLineOption explain;
    QCommandLineOption every;
    QCommandLineOption at;
    QCommandLineOption concurrency;
    QCommandLineOption retries;
    QCommandLineOption port;
    QCommandLineOption regex;
    QCommandLineOption caseSensitive;
    QCommandLineOption ticket;
    QCommandLineOption format;
    QCommandLineOption dryRun;

    [[nodiscard]] QString value(const QCommandLineOption &o) const { return parser.value(o); }
    [[nodiscard]] bool isSet(const QCommandLineOption &o) const { return parser.isSet(o); }
};

/// One command's words: "secret set netbox/token" -> {"secret", "set", "netbox/token"}.
struct Invocation
{
    const Options &options;
    QStringList words;
    [[nodiscard]] QString word(int i) const { return words.value(i); }
};

// Output: one clear line on failure, exit status non-zero.
int fail(const QString &what, int code = 1);
/// A JSON argument given inline or, with a leading '@', as a file name; a
/// clear error for a file that cannot be read or text that is not JSON.
[[nodiscard]] Result<QJsonValue> parseJsonArgument(const QString &text);
void print(const QJsonValue &value);
void printLine(const QString &line);

/// A secret value for KEY: from --from-file, else standard input (a
/// terminal gets a prompt without echo). One trailing line break is dropped.
[[nodiscard]] Result<Vault::Secret> readSecretValue(const Options &options, const QString &prompt);
/// A passphrase: from the terminal without echo (asked twice when
/// @p confirm), else the first line of standard input.
[[nodiscard]] Result<Vault::Secret> readPassphrase(const QString &prompt, bool confirm);

/// The workspace the command is for: --workspace (folder, name or id), else
/// the one used last (console or `workspace use`), else the demo.
[[nodiscard]] Result<Workspace::Workspace> selectedWorkspace(const Options &options);

/// A connection to the service of @p workspace, started when it is not
/// running (unless --no-start). Errors are sentences for the user.
[[nodiscard]] Result<std::unique_ptr<Ipc::IpcClient>> connectService(const Options &options,
                                                                     const Workspace::Workspace &workspace);

/// The selected workspace and a connection to its service.
struct ServiceSession
{
    Workspace::Workspace workspace;
    std::unique_ptr<Ipc::IpcClient> client;
    [[nodiscard]] Ipc::IpcClient &service() const { return *client; }
};
/// selectedWorkspace() then connectService(); the error's detail is the
/// sentence to print.
[[nodiscard]] Result<ServiceSession> openSession(const Options &options);

/// A connection to the service listening on @p socketName, tried
/// @p attempts times 100 ms apart (a service just started needs a moment).
[[nodiscard]] Result<std::unique_ptr<Ipc::IpcClient>> connectSocket(const QString &socketName, int attempts);

int runJobCommand(const Invocation &cli, Ipc::IpcClient &client);
int runAlarmCommand(const Invocation &cli, Ipc::IpcClient &client);
/// schedule list|run NAME, backups list|show|diff DEVICE ...
int runBackupCommand(const Invocation &cli, Ipc::IpcClient &client);
/// compliance report|run|drift|remediate.
int runComplianceCommand(const Invocation &cli, Ipc::IpcClient &client);
int runWorkspaceCommand(const Invocation &cli);
int runConnectionCommand(const Invocation &cli);
// Credential profiles (profilecommands.cpp).
int setCredentialProfile(const Invocation &cli);
int removeCredentialProfile(const Invocation &cli);
int runProfileRuleCommand(const Invocation &cli);
int listConnections(const Invocation &cli);
/// Validates @p config, writes it to @p ws and has a running service re-read
/// it; prints @p done, or one line saying why nothing was written.
int saveConfig(const Options &options, Workspace::Workspace &ws, const Workspace::WorkspaceConfig &config,
               const QString &done);
int runSecretCommand(const Invocation &cli);
int runVaultCommand(const Invocation &cli);
int runSyncCommand(const Invocation &cli);
int runStatusCommand(const Invocation &cli);
/// schedule set|remove: backup schedules in workspace.json (no service needed).
int runScheduleConfigCommand(const Invocation &cli);
/// analyze FILE.csv: offline anomaly scoring of an exported series.
int runAnalyzeCommand(const Invocation &cli);

} // namespace OpsDeck::Cli
