// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <QCoreApplication>
#include <QLoggingCategory>

#include "app/cli/cli.h"

using namespace OpsDeck;
using namespace OpsDeck::Cli;

namespace {

const char *const kDescription = R"(OpsDeck command line. Works on the current workspace (the one the console
opened last, or chosen with `workspace use`) unless --workspace names
another, through that workspace's service (opsdeckd), which it starts when
it is not running.

Workspaces and connections:
  workspace list                 the workspaces; * marks the current one
  workspace create NAME          a new workspace (--folder DIR), made current
  workspace use NAME|ID|FOLDER   make a workspace the current one
  connection set netbox          --url URL [--token-secret KEY] [--token-version
                                 v1|v2|auto] [--no-verify-tls] [--ca-file FILE]
                                 [--pin SHA256]...
  connection set mcp|prtg        --url URL --user NAME [--password-secret KEY]
                                 (prtg: --token-secret KEY for an API token)
  connection set snmp            --credentials KEY [--snmp-version v1|v2c|v3]
                                 [--snmp-port N]: how the service polls devices
  connection test netbox         version, sites and devices as NetBox reports them
  connection test mcp|prtg       login and counts: MCP network elements; PRTG
                                 version, devices and sensors
  connection list                the SNMP setting, credential profiles and rules

Credential profiles (devices get the profile of the first rule matching their
site, role or tag; others keep the workspace-wide SNMP setting; SSH jobs use a
device's profile when they name no credential):
  connection set snmp --profile NAME   --credentials KEY [--snmp-version
                                 v1|v2c|v3] [--snmp-port N]: add or change one
  connection set ssh --profile NAME    --credentials KEY [--user NAME]
                                 (KEY/key, KEY/passphrase or KEY/password)
  connection remove snmp|ssh --profile NAME
  connection rule add snmp|ssh --profile NAME [--site S] [--role R] [--tag T]
                                 appended; slugs or names as NetBox has them
  connection rule remove snmp|ssh N    the Nth rule as connection list shows

Secrets (values from standard input or --from-file, never the command line):
  vault unlock [--create] [--remember]
                                 passphrase from the terminal or standard input;
                                 --remember hands it to the OS keychain, so the
                                 service unlocks the vault by itself
  vault lock | vault status      status says whether a keychain answers
  vault forget                   remove the passphrase from the keychain
  secret set KEY                 e.g. secret set netbox/token < token.txt
  secret list                    names, last change and what uses each
  secret delete KEY

Sync and status:
  sync netbox|mcp [--full] [--follow]   (mcp: inventory, then the last day's optical PM)
  status                         service, vault, store counts, last sync, collection

Change jobs:
  submit KIND      submit a job (--target JSON, repeatable; --params JSON; --intent; --key;
                   --ticket TEXT: the change ticket, free text or URL)
  list             list jobs (--state, repeatable), with their tickets
  show ID          a job with its steps, output, diffs and audit entries
  follow ID        print the job's events until it ends
  approve ID       approve a job (--as USER)
  cancel ID        cancel a job
  audit verify     check the audit log's hash chain (exit status 2 when broken)

Configuration backups (workspace.json "backups" schedules; the service runs them):
  schedule list                  schedules with their next due time and last run
  schedule run NAME              run a schedule now
  schedule set NAME              --every MINUTES | --at HH:MM [--site S] [--role R] [--tag T]
                                 [--concurrency N] [--retries N] [--port N] [--user U]:
                                 add or change one in workspace.json
  schedule remove NAME
  backups list DEVICE            the stored versions of a device's configuration
  backups show DEVICE [VERSION]  one version's text (default: the latest)
  backups diff DEVICE V1 V2      unified diff between two versions
  backups search PATTERN [--regex] [--case-sensitive]
                                 matching lines of every device's latest configuration
                                 (device vVERSION:LINE: text); exit status 1 when none

Alarms (the service evaluates rules as data arrives, with the console closed):
  alarms list                    active alarms: severity, device, since, summary
  alarms show N                  one alarm with its history and the alarms grouped under it
  alarms history DEVICE          the device's alarms, active and cleared, latest first
  alarms ack N [--comment TEXT]  acknowledge (the history keeps who and why)
  alarms shelve N --minutes M | --until TIME [--comment TEXT]
  alarms unshelve N | alarms clear N [--comment TEXT]
  alarms maintenance add --device D|--site S|--role R|--tag T --minutes M|--until TIME [--comment TEXT]
                                 alarms there are kept but not notified until it ends
  alarms maintenance list | alarms maintenance remove ID
  rules list                     the rules in force (workspace.json "alarms" over the built-in
                                 ones); exit status 2 when the workspace's rules were refused
  rules test ID|JSON|@FILE [--hours N]
                                 what a metric rule (in force, or a new one) would
                                 have raised over the stored metrics of the last N hours
  notifications                  channels, deliveries waiting, delivered and failed

Compliance (workspace.json "compliance": rules, volatile lines, target versions; intended
configurations from NetBox 3.5+ render-config):
  compliance report [--site S] [--format text|csv|json] [--output FILE]
                                 every device's state and failed checks; exit status 2
                                 when a device is not compliant
  compliance run [DEVICE...]     check now (every device by default) and wait for the outcome
  compliance drift DEVICE        running configuration against the intended one, and the
                                 lines that would converge it; exit status 2 when it drifts
  compliance remediate DEVICE [--dry-run] [--ticket TEXT]
                                 push those lines (an ssh.push job: approval as the policy
                                 says, verified, rolled back when the device does not take them)

Offline analysis (no workspace or service needed):
  analyze FILE.csv [--input auto|gauge|counter] [--utc-offset HOURS] [--output FILE] [--explain]
                                 reads rows timestamp,value (ISO 8601 or epoch seconds,
                                 header optional; '-' reads standard input) and writes
                                 timestamp,value,anomaly_score rows scored online by the
                                 service's detector (each score sees only the rows up to
                                 its own); --explain adds expected,low,high,kind; bad rows
                                 are reported with their line number and skipped: exit
                                 status 2 when any was)";

QCommandLineOption valueOption(const QString &name, const QString &help, const QString &value)
{
    return QCommandLineOption(name, help, value);
}

} // namespace

namespace OpsDeck::Cli {

Options::Options(QCommandLineParser &p)
    : parser(p)
    , workspace(valueOption(QStringLiteral("workspace"), QStringLiteral("Workspace folder, name or id."),
                            QStringLiteral("workspace")))
    , socket(valueOption(QStringLiteral("socket"), QStringLiteral("Service socket path."), QStringLiteral("path")))
    , target(
          valueOption(QStringLiteral("target"), QStringLiteral("A job target (JSON object)."), QStringLiteral("json")))
    , targets(valueOption(QStringLiteral("targets"), QStringLiteral("Job targets (JSON array, or @file)."),
                          QStringLiteral("json")))
    , params(valueOption(QStringLiteral("params"), QStringLiteral("Job parameters (JSON object, or @file)."),
                         QStringLiteral("json")))
    , intent(valueOption(QStringLiteral("intent"), QStringLiteral("What and why."), QStringLiteral("text")))
    , key(valueOption(QStringLiteral("key"), QStringLiteral("Idempotency key."), QStringLiteral("key")))
    , priority(valueOption(QStringLiteral("priority"), QStringLiteral("interactive, workflow or background."),
                           QStringLiteral("p")))
    , as(valueOption(QStringLiteral("as"), QStringLiteral("Acting user (default: $USER)."), QStringLiteral("user")))
    , state(valueOption(QStringLiteral("state"), QStringLiteral("Only jobs in this state."), QStringLiteral("state")))
    , folder(valueOption(QStringLiteral("folder"), QStringLiteral("Folder of a new workspace."), QStringLiteral("dir")))
    , url(valueOption(QStringLiteral("url"), QStringLiteral("Server address, e.g. https://netbox.example.net."),
                      QStringLiteral("url")))
    , tokenSecret(valueOption(QStringLiteral("token-secret"),
                              QStringLiteral("Vault key of the API token (default: netbox/token)."),
                              QStringLiteral("key")))
    , tokenVersion(valueOption(QStringLiteral("token-version"), QStringLiteral("NetBox token version: v1, v2 or auto."),
                               QStringLiteral("version")))
    , user(valueOption(QStringLiteral("user"),
                       QStringLiteral("User name of an MCP or PRTG connection, or the login of an SSH profile."),
                       QStringLiteral("name")))
    , passwordSecret(valueOption(QStringLiteral("password-secret"),
                                 QStringLiteral("Vault key of the password (PRTG: the passhash)."),
                                 QStringLiteral("key")))
    , noVerifyTls(QStringLiteral("no-verify-tls"), QStringLiteral("Accept any server certificate (test servers only)."))
    , caFile(valueOption(QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates (PEM) to trust."),
                         QStringLiteral("file")))
    , pin(valueOption(QStringLiteral("pin"), QStringLiteral("Accept only this certificate SHA-256 (hex); repeatable."),
                      QStringLiteral("sha256")))
    , fromFile(valueOption(QStringLiteral("from-file"), QStringLiteral("Read the secret value from this file."),
                           QStringLiteral("file")))
    , create(QStringLiteral("create"), QStringLiteral("vault unlock: create the vault when there is none."))
    , remember(QStringLiteral("remember"),
               QStringLiteral("vault unlock: keep the passphrase in the OS keychain (Secret Service, Keychain, "
                              "Credential Manager) so the service unlocks the vault when it starts."))
    , full(QStringLiteral("full"), QStringLiteral("sync: a full sync rather than the changes since the last one."))
    , follow(QStringLiteral("follow"), QStringLiteral("sync: print progress until the run ends."))
    , noStart(QStringLiteral("no-start"), QStringLiteral("Do not start the service when it is not running."))
    , snmpVersion(valueOption(QStringLiteral("snmp-version"), QStringLiteral("SNMP version of polling: v1, v2c or v3."),
                              QStringLiteral("version")))
    , credentials(valueOption(QStringLiteral("credentials"),
                              QStringLiteral("Vault name of the polling credentials (KEY/community, or KEY/user, "
                                             "KEY/auth, KEY/priv for v3)."),
                              QStringLiteral("key")))
    , snmpPort(valueOption(QStringLiteral("snmp-port"), QStringLiteral("UDP port of the devices' agents (161)."),
                           QStringLiteral("port")))
    , profile(valueOption(QStringLiteral("profile"), QStringLiteral("Name of a credential profile."),
                          QStringLiteral("name")))
    , site(valueOption(QStringLiteral("site"), QStringLiteral("A rule's site (slug or name)."), QStringLiteral("site")))
    , role(valueOption(QStringLiteral("role"), QStringLiteral("A rule's device role (slug or name)."),
                       QStringLiteral("role")))
    , tag(valueOption(QStringLiteral("tag"), QStringLiteral("A rule's device tag (slug or name)."),
                      QStringLiteral("tag")))
    , comment(valueOption(QStringLiteral("comment"), QStringLiteral("alarms ack|shelve|clear: why, for the history."),
                          QStringLiteral("text")))
    , minutes(valueOption(QStringLiteral("minutes"),
                          QStringLiteral("alarms shelve, alarms maintenance add: for this many minutes."),
                          QStringLiteral("n")))
    , until(valueOption(QStringLiteral("until"),
                        QStringLiteral("alarms shelve, alarms maintenance add: until this ISO 8601 time."),
                        QStringLiteral("time")))
    , device(valueOption(QStringLiteral("device"), QStringLiteral("alarms maintenance add: the device (name)."),
                         QStringLiteral("name")))
    , hours(valueOption(QStringLiteral("hours"), QStringLiteral("rules test: how far back (1 to 168, default 24)."),
                        QStringLiteral("n")))
    , input(valueOption(QStringLiteral("input"),
                        QStringLiteral("analyze: the values are a gauge, a counter or auto (the default)."),
                        QStringLiteral("kind")))
    , utcOffset(
          valueOption(QStringLiteral("utc-offset"),
                      QStringLiteral("analyze: hours from UTC of the working day the profile follows (default 0)."),
                      QStringLiteral("hours")))
    , output(valueOption(QStringLiteral("output"),
                         QStringLiteral("analyze: write the rows to this file, not to standard output."),
                         QStringLiteral("file")))
    , explain(QStringLiteral("explain"),
              QStringLiteral("analyze: add the columns expected,low,high,kind (the band the score measures against)."))
    , every(valueOption(QStringLiteral("every"), QStringLiteral("schedule set: run every this many minutes."),
                        QStringLiteral("minutes")))
    , at(valueOption(QStringLiteral("at"), QStringLiteral("schedule set: run daily at this local time."),
                     QStringLiteral("HH:MM")))
    , concurrency(valueOption(QStringLiteral("concurrency"),
                              QStringLiteral("schedule set: backups at once per site (default 4)."),
                              QStringLiteral("n")))
    , retries(valueOption(QStringLiteral("retries"),
                          QStringLiteral("schedule set: further attempts of a failed device (default 2)."),
                          QStringLiteral("n")))
    , port(valueOption(QStringLiteral("port"), QStringLiteral("schedule set: the devices' SSH port (default 22)."),
                       QStringLiteral("port")))
    , regex(QStringLiteral("regex"), QStringLiteral("backups search: the pattern is a regular expression."))
    , caseSensitive(QStringLiteral("case-sensitive"), QStringLiteral("backups search: letter case counts."))
    , ticket(valueOption(QStringLiteral("ticket"),
                         QStringLiteral("submit, compliance remediate: the change ticket (free text or URL, up to "
                                        "200 characters)."),
                         QStringLiteral("text")))
    , format(valueOption(QStringLiteral("format"),
                         QStringLiteral("compliance report: text (the default), csv or json."),
                         QStringLiteral("format")))
    , dryRun(QStringLiteral("dry-run"),
             QStringLiteral("compliance remediate: only the planned diff, nothing is pushed."))
{
    parser.addOptions(
        {workspace,   socket,      target,      targets,     params,      intent,       key,       priority,
         as,          state,       folder,      url,         tokenSecret, tokenVersion, user,      passwordSecret,
         noVerifyTls, caFile,      pin,         fromFile,    create,      remember,     full,      follow,
         noStart,     snmpVersion, credentials, snmpPort,    profile,     site,         role,      tag,
         comment,     minutes,     until,       hours,       device,      input,        utcOffset, output,
         explain,     every,       at,          concurrency, retries,     port,         regex,     caseSensitive,
         ticket,      format,      dryRun});
}

} // namespace OpsDeck::Cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsdeck-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));

    // The service keeps the detailed log; a command says only what it did.
    QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*.info=false\nopsdeck.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("One of the commands above."));
    parser.process(app);

    const Invocation cli{options, parser.positionalArguments()};
    const QString command = cli.word(0);
    if (command.isEmpty())
        parser.showHelp(1);
    if (command == u"workspace")
        return runWorkspaceCommand(cli);
    if (command == u"connection")
        return runConnectionCommand(cli);
    if (command == u"secret")
        return runSecretCommand(cli);
    if (command == u"vault")
        return runVaultCommand(cli);
    if (command == u"sync")
        return runSyncCommand(cli);
    if (command == u"status")
        return runStatusCommand(cli);
    if (command == u"analyze")
        return runAnalyzeCommand(cli);
    static const QStringList jobCommands{QStringLiteral("submit"), QStringLiteral("list"),    QStringLiteral("show"),
                                         QStringLiteral("follow"), QStringLiteral("approve"), QStringLiteral("cancel"),
                                         QStringLiteral("audit")};
    static const QStringList alarmCommands{QStringLiteral("alarms"), QStringLiteral("rules"),
                                           QStringLiteral("notifications")};
    if (command == u"schedule" && (cli.word(1) == u"set" || cli.word(1) == u"remove"))
        return runScheduleConfigCommand(cli);
    static const QStringList backupCommands{QStringLiteral("schedule"), QStringLiteral("backups")};
    if (!jobCommands.contains(command) && !alarmCommands.contains(command) && !backupCommands.contains(command) &&
        command != u"compliance")
        return fail(QStringLiteral("unknown command %1 (see --help)").arg(command));

    Result<std::unique_ptr<Ipc::IpcClient>> client = Error(ErrorCode::NotFound, QString());
    if (options.isSet(options.socket)) {
        client = connectSocket(options.value(options.socket), 1);
    } else {
        auto ws = selectedWorkspace(options);
        if (!ws)
            return fail(ws.error().toString());
        client = connectService(options, *ws);
    }
    if (!client)
        return fail(client.error().detail);
    if (alarmCommands.contains(command))
        return runAlarmCommand(cli, **client);
    if (backupCommands.contains(command))
        return runBackupCommand(cli, **client);
    if (command == u"compliance")
        return runComplianceCommand(cli, **client);
    return runJobCommand(cli, **client);
}
