<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- SPDX-FileCopyrightText: OpsDeck contributors -->
<TS version="2.1" language="de">
<context>
    <name>AlarmStyle</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>Zurückstellung beendet</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Wieder gemeldet</translation>
    </message>
    <message>
        <source>Flapping started</source>
        <translation>Flattern begonnen</translation>
    </message>
    <message>
        <source>Flapping stopped</source>
        <translation>Flattern beendet</translation>
    </message>
    <message>
        <source>Grouped under a root cause</source>
        <translation>Einer Grundursache zugeordnet</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Gruppierung aufgehoben</translation>
    </message>
    <message>
        <source>Maintenance started</source>
        <translation>Wartungsfenster begonnen</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <translation>Wartungsfenster beendet</translation>
    </message>
</context>
<context>
    <name>JobStyle</name>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Config backup</source>
        <translation>Konfigurationssicherung</translation>
    </message>
    <message>
        <source>Config push</source>
        <translation>Konfigurationsübertragung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>NetBox change set</source>
        <translation>NetBox-Änderungssatz</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Only jobs awaiting approval can be approved.</source>
        <translation>Nur Aufträge, die auf Freigabe warten, können freigegeben werden.</translation>
    </message>
    <message>
        <source>No user name is known for approving.</source>
        <translation>Für die Freigabe ist kein Benutzername bekannt.</translation>
    </message>
    <message>
        <source>You have already approved this job.</source>
        <translation>Sie haben diesen Auftrag bereits freigegeben.</translation>
    </message>
    <message>
        <source>This job needs two approvals by users other than its requester.</source>
        <translation>Dieser Auftrag braucht zwei Freigaben von anderen Benutzern als dem Antragsteller.</translation>
    </message>
    <message>
        <source>the service did not answer</source>
        <translation>der Dienst hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the service does not know this job</source>
        <translation>der Dienst kennt diesen Auftrag nicht</translation>
    </message>
    <message>
        <source>the service refused this console</source>
        <translation>der Dienst hat diese Konsole abgewiesen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not load the job list: %1.</source>
        <translation>Die Auftragsliste konnte nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>Could not load the job&apos;s details: %1.</source>
        <translation>Die Auftragsdetails konnten nicht geladen werden: %1.</translation>
    </message>
    <message>
        <source>The approval was refused: %1.</source>
        <translation>Die Freigabe wurde abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1.</source>
        <translation>Der Auftrag konnte nicht abgebrochen werden: %1.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>The service did not take the job: %1.</source>
        <translation>Der Dienst hat den Auftrag nicht angenommen: %1.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::AlarmFeature</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alarms &amp;Tab</source>
        <translation>&amp;Alarme als Tab</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s active alarms in a tab</source>
        <translation>Die aktiven Alarme des Arbeitsbereichs in einem Tab zeigen</translation>
    </message>
    <message>
        <source>Alarm &amp;Rules…</source>
        <translation>Alarm&amp;regeln…</translation>
    </message>
    <message>
        <source>Edit the workspace&apos;s alarm rules and preview them on the last 24 hours</source>
        <translation>Die Alarmregeln des Arbeitsbereichs bearbeiten und ihre Vorschau für die letzten 24 Stunden anzeigen</translation>
    </message>
    <message>
        <source>Open a workspace to edit its alarm rules.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Alarmregeln zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::BackupFeature</name>
    <message>
        <source>&amp;Backup Schedules…</source>
        <translation>Sicherungs&amp;zeitpläne…</translation>
    </message>
    <message>
        <source>Search &amp;Configurations…</source>
        <translation>&amp;Konfigurationen durchsuchen…</translation>
    </message>
    <message>
        <source>Schedule configuration backups by site, role or tag and see their runs</source>
        <translation>Konfigurationssicherungen nach Standort, Rolle oder Tag planen und ihre Ausführungen ansehen</translation>
    </message>
    <message>
        <source>Search the latest backed-up configuration of every device</source>
        <translation>Die zuletzt gesicherte Konfiguration jedes Geräts durchsuchen</translation>
    </message>
    <message>
        <source>Open a workspace to schedule its backups.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Sicherungen zu planen.</translation>
    </message>
    <message>
        <source>Configuration Search</source>
        <translation>Konfigurationssuche</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::ComplianceFeature</name>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Compliance</translation>
    </message>
    <message>
        <source>Check Com&amp;pliance Now</source>
        <translation>Compliance &amp;jetzt prüfen</translation>
    </message>
    <message>
        <source>Show each device&apos;s compliance with the rules, its intended configuration and its target software version</source>
        <translation>Die Compliance jedes Geräts mit den Regeln, seine Soll-Konfiguration und seine Ziel-Softwareversion zeigen</translation>
    </message>
    <message>
        <source>Ask the service to check every device&apos;s compliance now</source>
        <translation>Den Dienst bitten, die Compliance jedes Geräts jetzt zu prüfen</translation>
    </message>
    <message>
        <source>The OpsDeck service is not running: compliance cannot be checked.</source>
        <translation>Der OpsDeck-Dienst läuft nicht: Die Compliance kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The dry run %1 failed: %2</source>
        <translation>Der Probelauf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::FeatureWiring</name>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::NetBoxEditLauncher</name>
    <message>
        <source>Edit Device</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <source>The choices could not be read: %1</source>
        <translation>Die Auswahlwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connect Cable</source>
        <translation>Kabel verbinden</translation>
    </message>
    <message>
        <source>The devices of the site could not be read: %1</source>
        <translation>Die Geräte des Standorts konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::OperationLauncher</name>
    <message>
        <source>%1 submitted: %2</source>
        <translation>%1 — eingereicht: %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::WorkspaceController</name>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a workspace for your estate and connect it to NetBox</source>
        <translation>Einen Arbeitsbereich für Ihre Infrastruktur anlegen und mit NetBox verbinden</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>A&amp;rbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation>&amp;Anmeldedaten…</translation>
    </message>
    <message>
        <source>&amp;Unlock Vault…</source>
        <translation>Tresor &amp;entsperren…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>The vault of this workspace is locked: its service cannot sync with NetBox, poll devices or run jobs that need credentials until it is unlocked.</source>
        <translation>Der Tresor dieses Arbeitsbereichs ist gesperrt: Bis er entsperrt ist, kann sein Dienst weder mit NetBox synchronisieren noch Geräte abfragen oder Aufträge ausführen, die Anmeldedaten benötigen.</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>That is not the passphrase of this vault; it stays locked.</source>
        <translation>Das ist nicht die Passphrase dieses Tresors; er bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Starting the workspace&apos;s service…</source>
        <translation>Dienst des Arbeitsbereichs wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>First Sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>The workspace is created, but the first sync did not complete: %1

Fix the connection in Workspace › Connections… and sync again from Tools › NetBox Sync.</source>
        <translation>Der Arbeitsbereich wurde angelegt, aber die erste Synchronisierung wurde nicht abgeschlossen: %1

Korrigieren Sie die Verbindung unter Arbeitsbereich › Verbindungen… und synchronisieren Sie erneut über Extras › NetBox-Synchronisierung.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The vault is unlocked, but %1. Its passphrase will be asked again when the service restarts.</source>
        <translation>Der Tresor ist entsperrt, aber %1. Seine Passphrase wird beim nächsten Neustart des Dienstes erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::WorkspaceFeatures</name>
    <message>
        <source>Device Events</source>
        <translation>Geräteereignisse</translation>
    </message>
    <message>
        <source>Device events</source>
        <translation>Geräteereignisse</translation>
    </message>
    <message>
        <source>NetBox &amp;Sync…</source>
        <translation>NetBox-&amp;Synchronisierung…</translation>
    </message>
    <message>
        <source>Review Ciena &amp;MCP Matches…</source>
        <translation>Ciena-&amp;MCP-Zuordnungen prüfen…</translation>
    </message>
    <message>
        <source>Import from &amp;PRTG…</source>
        <translation>Import aus &amp;PRTG…</translation>
    </message>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>Workspace Vault</source>
        <translation>Tresor des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Passphrase of the vault of workspace %1:</source>
        <translation>Passphrase des Tresors von Arbeitsbereich %1:</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new vault of workspace %1:</source>
        <translation>Wählen Sie eine Passphrase für den neuen Tresor von Arbeitsbereich %1:</translation>
    </message>
    <message>
        <source>NetBox Sync</source>
        <translation>NetBox-Synchronisierung</translation>
    </message>
    <message>
        <source>No NetBox server is configured for workspace %1. Add its URL and a vault reference for the API token to the workspace&apos;s configuration.</source>
        <translation>Für Arbeitsbereich %1 ist kein NetBox-Server eingerichtet. Tragen Sie seine URL und einen Tresorverweis für das API-Token in die Konfiguration des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>NetBox Changes</source>
        <translation>NetBox-Änderungen</translation>
    </message>
    <message>
        <source>Ciena MCP Matches</source>
        <translation>Ciena-MCP-Zuordnungen</translation>
    </message>
    <message>
        <source>Ciena MCP S&amp;ync…</source>
        <translation>Ciena-MCP-S&amp;ynchronisierung…</translation>
    </message>
    <message numerus="yes">
        <source>%n NetBox edit(s) from an earlier session wait in NetBox Changes.</source>
        <translation>
            <numerusform>%n NetBox-Änderung aus einer früheren Sitzung wartet in den NetBox-Änderungen.</numerusform>
            <numerusform>%n NetBox-Änderungen aus einer früheren Sitzung warten in den NetBox-Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) added to NetBox Changes; push them from there.</source>
        <translation>
            <numerusform>%n Änderung zu den NetBox-Änderungen hinzugefügt; übertragen Sie sie von dort.</numerusform>
            <numerusform>%n Änderungen zu den NetBox-Änderungen hinzugefügt; übertragen Sie sie von dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ciena MCP Sync</source>
        <translation>Ciena-MCP-Synchronisierung</translation>
    </message>
    <message>
        <source>No Ciena MCP server is configured for workspace %1. Add its URL, the user name and a vault reference for the password to the workspace&apos;s configuration.</source>
        <translation>Für Arbeitsbereich %1 ist kein Ciena-MCP-Server eingerichtet. Tragen Sie seine URL, den Benutzernamen und einen Tresorverweis für das Passwort in die Konfiguration des Arbeitsbereichs ein.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models</name>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Kein Mandant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>A child device is installed in a bay of its parent, not in a rack unit.</source>
        <translation>Ein Kindgerät sitzt in einem Einschub seines Elterngeräts, nicht in einer Höheneinheit.</translation>
    </message>
    <message>
        <source>The device is %1-inch equipment; rack %2 is %3 inches wide.</source>
        <translation>Das Gerät ist %1-Zoll-Ausrüstung; Rack %2 ist %3 Zoll breit.</translation>
    </message>
    <message>
        <source>Choose the front or the rear face for a racked device.</source>
        <translation>Wählen Sie für ein eingebautes Gerät die Vorder- oder Rückseite.</translation>
    </message>
    <message>
        <source>Devices sit on whole or half units.</source>
        <translation>Geräte sitzen auf ganzen oder halben Einheiten.</translation>
    </message>
    <message>
        <source>A %1U device at U%2 would reach U%3; rack %4 has units %5 to %6.</source>
        <translation>Ein %1-HE-Gerät auf HE %2 würde bis HE %3 reichen; Rack %4 hat die Einheiten %5 bis %6.</translation>
    </message>
    <message>
        <source>U%1 is taken by %2 (%3).</source>
        <translation>HE %1 ist durch %2 (%3) belegt.</translation>
    </message>
    <message>
        <source>an unnamed device</source>
        <translation>ein unbenanntes Gerät</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>volle Tiefe</translation>
    </message>
    <message>
        <source>U%1 is reserved for %2.</source>
        <translation>HE %1 ist reserviert für %2.</translation>
    </message>
    <message>
        <source>another purpose</source>
        <translation>einen anderen Zweck</translation>
    </message>
    <message>
        <source>Rack %1 would carry %2 kg of its %3 kg limit.</source>
        <translation>Rack %1 würde %2 kg seiner Grenze von %3 kg tragen.</translation>
    </message>
    <message>
        <source>Rack %1 would draw %2 W of its %3 W power budget.</source>
        <translation>Rack %1 würde %2 W seines Leistungsbudgets von %3 W ziehen.</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>major</source>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>geringfügig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message numerus="yes">
        <source>Not compliant: %n failed check(s)</source>
        <translation>
            <numerusform>Nicht konform: %n fehlgeschlagene Prüfung</numerusform>
            <numerusform>Nicht konform: %n fehlgeschlagene Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compliant: %n failed check(s) (worst: %1)</source>
        <translation>
            <numerusform>Nicht konform: %n fehlgeschlagene Prüfung (schwerste: %1)</numerusform>
            <numerusform>Nicht konform: %n fehlgeschlagene Prüfungen (schwerste: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not compliant</source>
        <translation>
            <numerusform>%n Gerät nicht konform</numerusform>
            <numerusform>%n Geräte nicht konform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmRuleListModel</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Built-in, changed</source>
        <translation>Integriert, geändert</translation>
    </message>
    <message>
        <source>as MCP says</source>
        <translation>laut MCP</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Ping down</source>
        <translation>Ping ausgefallen</translation>
    </message>
    <message>
        <source>Ping degraded</source>
        <translation>Ping beeinträchtigt</translation>
    </message>
    <message>
        <source>SNMP unreachable</source>
        <translation>SNMP nicht erreichbar</translation>
    </message>
    <message>
        <source>Interface down</source>
        <translation>Schnittstelle inaktiv</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Änderungsrate</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Optische Leistung</translation>
    </message>
    <message>
        <source>SNMP trap</source>
        <translation>SNMP-Trap</translation>
    </message>
    <message>
        <source>MCP alarm</source>
        <translation>MCP-Alarm</translation>
    </message>
    <message>
        <source>Failed job</source>
        <translation>Fehlgeschlagener Auftrag</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source> for %n s</source>
        <translation>
            <numerusform> für %n s</numerusform>
            <numerusform> für %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) lost in a row</source>
        <translation>
            <numerusform>%n Ping in Folge verloren</numerusform>
            <numerusform>%n Pings in Folge verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>loss above %1 % or latency above %2 ms</source>
        <translation>Verlust über %1 % oder Latenz über %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) unanswered in a row</source>
        <translation>
            <numerusform>%n Abfrage in Folge unbeantwortet</numerusform>
            <numerusform>%n Abfragen in Folge unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>any interface</source>
        <translation>beliebige Schnittstelle</translation>
    </message>
    <message>
        <source>interfaces %1</source>
        <translation>Schnittstellen %1</translation>
    </message>
    <message>
        <source>change per second of %1</source>
        <translation>Änderung pro Sekunde von %1</translation>
    </message>
    <message>
        <source>%1 above %2%3</source>
        <translation>%1 über %2%3</translation>
    </message>
    <message>
        <source>%1 below %2%3</source>
        <translation>%1 unter %2%3</translation>
    </message>
    <message>
        <source>%1 outside %2 to %3 dBm%4</source>
        <translation>%1 außerhalb von %2 bis %3 dBm%4</translation>
    </message>
    <message>
        <source>%1 outside the device&apos;s levels%2</source>
        <translation>%1 außerhalb der Schwellwerte des Geräts%2</translation>
    </message>
    <message>
        <source>trap %1</source>
        <translation>Trap %1</translation>
    </message>
    <message>
        <source>MCP alarms from %1</source>
        <translation>MCP-Alarme ab %1</translation>
    </message>
    <message>
        <source>any job</source>
        <translation>beliebiger Auftrag</translation>
    </message>
    <message>
        <source>jobs %1</source>
        <translation>Aufträge %1</translation>
    </message>
    <message>
        <source>anomaly score of %1 above %2</source>
        <translation>Anomaliebewertung von %1 über %2</translation>
    </message>
    <message>
        <source>any metric</source>
        <translation>beliebiger Messwert</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmSession</name>
    <message>
        <source>The alarms could not be loaded</source>
        <translation>Die Alarme konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The alarm&apos;s history could not be loaded</source>
        <translation>Der Verlauf des Alarms konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The alarm could not be acknowledged</source>
        <translation>Der Alarm konnte nicht quittiert werden</translation>
    </message>
    <message>
        <source>The alarm could not be shelved</source>
        <translation>Der Alarm konnte nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>The alarm could not be unshelved</source>
        <translation>Die Zurückstellung des Alarms konnte nicht beendet werden</translation>
    </message>
    <message>
        <source>The alarm could not be cleared</source>
        <translation>Der Alarm konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>the service no longer knows it</source>
        <translation>der Dienst kennt ihn nicht mehr</translation>
    </message>
    <message>
        <source>the alarm engine is not running in the service</source>
        <translation>die Alarmverarbeitung läuft im Dienst nicht</translation>
    </message>
    <message>
        <source>The device&apos;s alarms could not be loaded</source>
        <translation>Die Alarme des Geräts konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmTableModel</name>
    <message>
        <source>(no device)</source>
        <translation>(kein Gerät)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n symptom(s) below)</source>
        <translation>
            <numerusform>%1 (%n Symptom darunter)</numerusform>
            <numerusform>%1 (%n Symptome darunter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Quittiert von %1</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>Flatternd</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objekt: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>First raised: %1</source>
        <translation>Erstmals ausgelöst: %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <source>Acknowledgement: %1</source>
        <translation>Quittierung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device alarm(s) grouped under it</source>
        <translation>
            <numerusform>%n Gerätealarm darunter gruppiert</numerusform>
            <numerusform>%n Gerätealarme darunter gruppiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalyListModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalySession</name>
    <message>
        <source>Connecting to the OpsDeck service…</source>
        <translation>Verbindung zum OpsDeck-Dienst wird hergestellt…</translation>
    </message>
    <message>
        <source>Unusual behaviour is not available: the console is not connected to the OpsDeck service.</source>
        <translation>Ungewöhnliches Verhalten ist nicht verfügbar: Die Konsole ist nicht mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>Unusual behaviour could not be loaded</source>
        <translation>Ungewöhnliches Verhalten konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The expected range could not be loaded</source>
        <translation>Der erwartete Bereich konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>the service does not analyse this series</source>
        <translation>der Dienst analysiert diese Zeitreihe nicht</translation>
    </message>
    <message>
        <source>the service does not analyse metrics</source>
        <translation>der Dienst analysiert keine Messwerte</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalyText</name>
    <message>
        <source>Traffic in</source>
        <translation>Eingehender Verkehr</translation>
    </message>
    <message>
        <source>Traffic out</source>
        <translation>Ausgehender Verkehr</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Optische Leistung</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>range of values</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and hour</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unusual for %1: the same value again and again (%2), where it normally moves (score %3)</source>
        <translation>Ungewöhnlich für %1: immer wieder derselbe Wert (%2), obwohl er sich sonst ändert (Bewertung %3)</translation>
    </message>
    <message>
        <source>Unusual for %1: expected %2, observed %3 (score %4)</source>
        <translation>Ungewöhnlich für %1: erwartet %2, beobachtet %3 (Bewertung %4)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>explanation and when it began</comment>
        <translation>%1 seit %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetJobPush</name>
    <message>
        <source>The connection to the service was lost; job %1 may still run there.</source>
        <translation>Die Verbindung zum Dienst ist abgebrochen; Auftrag %1 läuft dort möglicherweise noch.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n edited object(s) to NetBox</source>
        <translation>
            <numerusform>%n geändertes Objekt in NetBox schreiben</numerusform>
            <numerusform>%n geänderte Objekte in NetBox schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 ended %2</source>
        <translation>Auftrag %1 endete mit Zustand %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Took NetBox&apos;s version</source>
        <translation>NetBox-Version übernommen</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Conflict: deleted in NetBox since the sync</source>
        <translation>Konflikt: seit der Synchronisierung in NetBox gelöscht</translation>
    </message>
    <message>
        <source>Conflict: changed in NetBox since the sync</source>
        <translation>Konflikt: seit der Synchronisierung in NetBox geändert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Keep mine: overwrites NetBox on the next push</source>
        <translation>Meine Version behalten: überschreibt NetBox bei der nächsten Übertragung</translation>
    </message>
    <message>
        <source>changed in NetBox</source>
        <translation>in NetBox geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Object / field</source>
        <translation>Objekt / Feld</translation>
    </message>
    <message>
        <source>Local (mine)</source>
        <translation>Lokal (meine Version)</translation>
    </message>
    <message>
        <source>NetBox now (theirs)</source>
        <translation>NetBox jetzt (deren Version)</translation>
    </message>
    <message>
        <source>Last synced (base)</source>
        <translation>Zuletzt synchronisiert (Basis)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>new %1 %2</source>
        <translation>neu: %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (#%3)</source>
        <translation>%1 %2 (#%3)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetSession</name>
    <message>
        <source>The change set could not be pushed: %1</source>
        <translation>Der Änderungssatz konnte nicht übertragen werden: %1</translation>
    </message>
    <message>
        <source>no outcome reported</source>
        <translation>kein Ergebnis gemeldet</translation>
    </message>
    <message>
        <source>NetBox&apos;s version could not be taken into the local store: %1</source>
        <translation>Die NetBox-Version konnte nicht in den lokalen Speicher übernommen werden: %1</translation>
    </message>
    <message>
        <source>The pending NetBox edits kept in this workspace could not be read, so new edits are not kept either (the stored ones stay as they are): %1</source>
        <translation>Die in diesem Arbeitsbereich gespeicherten ausstehenden NetBox-Änderungen konnten nicht gelesen werden, daher werden auch neue Änderungen nicht gespeichert (die gespeicherten bleiben unverändert): %1</translation>
    </message>
    <message>
        <source>The pending NetBox edits could not be kept in the workspace: %1</source>
        <translation>Die ausstehenden NetBox-Änderungen konnten nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is nothing to push through: open NetBox Sync, or start the OpsDeck service, then push again. The edits are kept.</source>
        <translation>Es ist kein Übertragungsweg verfügbar: Öffnen Sie die NetBox-Synchronisierung oder starten Sie den OpsDeck-Dienst und übertragen Sie dann erneut. Die Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ComplianceSession</name>
    <message>
        <source>The compliance report could not be loaded</source>
        <translation>Der Compliance-Bericht konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The compliance check could not be started</source>
        <translation>Die Compliance-Prüfung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The intended configuration could not be compared</source>
        <translation>Die Soll-Konfiguration konnte nicht verglichen werden</translation>
    </message>
    <message>
        <source>The remediation could not be submitted</source>
        <translation>Die Korrektur konnte nicht eingereicht werden</translation>
    </message>
    <message>
        <source>the service knows no such device</source>
        <translation>der Dienst kennt dieses Gerät nicht</translation>
    </message>
    <message>
        <source>the service does not check compliance</source>
        <translation>der Dienst prüft keine Compliance</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ComplianceTableModel</name>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Upgrade path: %1</source>
        <translation>Upgrade-Pfad: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 missing, %2 extra</source>
        <translation>%1 fehlend, %2 überzählig</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schwerste</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ConfigHistorySession</name>
    <message>
        <source>The configuration versions could not be loaded</source>
        <translation>Die Konfigurationsversionen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The configuration could not be loaded</source>
        <translation>Die Konfiguration konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The differences could not be loaded</source>
        <translation>Die Unterschiede konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>the service has no such version</source>
        <translation>der Dienst kennt diese Version nicht</translation>
    </message>
    <message>
        <source>The configurations could not be searched</source>
        <translation>Die Konfigurationen konnten nicht durchsucht werden</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ConnectionTester</name>
    <message>
        <source>NetBox %1: %2 sites, %3 devices</source>
        <translation>NetBox %1: %2 Standorte, %3 Geräte</translation>
    </message>
    <message>
        <source>Ciena MCP: logged in, %1 network elements</source>
        <translation>Ciena MCP: angemeldet, %1 Netzelemente</translation>
    </message>
    <message>
        <source>PRTG %1: %2 devices, %3 sensors</source>
        <translation>PRTG %1: %2 Geräte, %3 Sensoren</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::CredentialGroup</name>
    <message>
        <source>API token or password</source>
        <translation>API-Token oder Passwort</translation>
    </message>
    <message>
        <source>SNMP community</source>
        <translation>SNMP-Community</translation>
    </message>
    <message>
        <source>SNMPv3 user</source>
        <translation>SNMPv3-Benutzer</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::DeviceAlarmListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objekt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Raised %n time(s)</source>
        <translation>
            <numerusform>%n-mal ausgelöst</numerusform>
            <numerusform>%n-mal ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgement: %1</source>
        <translation>Quittierung: %1</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::DeviceTableModel</name>
    <message>
        <source>U%1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Primary IP</source>
        <translation>Primäre IP</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::DeviceTypeListModel</name>
    <message>
        <source>%1 %2 · %3U%4</source>
        <translation>%1 %2 · %3 HE%4</translation>
    </message>
    <message>
        <source> half depth</source>
        <translation> halbe Tiefe</translation>
    </message>
    <message>
        <source>%1 %2
Part number %3
%4 kg, airflow %5</source>
        <translation>%1 %2
Teilenummer %3
%4 kg, Luftstrom %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::EditChoices</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Wird stillgelegt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>SLAAC</source>
        <translation>SLAAC</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::EditValidation</name>
    <message numerus="yes">
        <source>This is %1 characters long; NetBox allows at most %n.</source>
        <translation>
            <numerusform>Dies ist %1 Zeichen lang; NetBox erlaubt höchstens %n Zeichen.</numerusform>
            <numerusform>Dies ist %1 Zeichen lang; NetBox erlaubt höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A DNS name may hold only letters, digits, hyphens, underscores and dots, e.g. core-sw1.example.net.</source>
        <translation>Ein DNS-Name darf nur Buchstaben, Ziffern, Bindestriche, Unterstriche und Punkte enthalten, z. B. core-sw1.example.net.</translation>
    </message>
    <message>
        <source>Enter the colour as six hexadecimal digits, e.g. ff8800.</source>
        <translation>Geben Sie die Farbe als sechs Hexadezimalziffern ein, z. B. ff8800.</translation>
    </message>
    <message>
        <source>Enter an address with its prefix length, e.g. 192.0.2.10/24 or 2001:db8::10/64.</source>
        <translation>Geben Sie eine Adresse mit ihrer Präfixlänge ein, z. B. 192.0.2.10/24 oder 2001:db8::10/64.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Leave out the zone “%1”: NetBox stores addresses without one.</source>
        <translation>Lassen Sie die Zone „%1“ weg: NetBox speichert Adressen ohne Zone.</translation>
    </message>
    <message>
        <source>Add the prefix length, e.g. %1/%2.</source>
        <translation>Ergänzen Sie die Präfixlänge, z. B. %1/%2.</translation>
    </message>
    <message>
        <source>The prefix length must be a number from 1 to %1.</source>
        <translation>Die Präfixlänge muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address in CIDR form.</source>
        <translation>„%1“ ist keine gültige Adresse in CIDR-Schreibweise.</translation>
    </message>
    <message>
        <source>%1 is the network address of %2/%3 and cannot be assigned to an interface.</source>
        <translation>%1 ist die Netzadresse von %2/%3 und kann keiner Schnittstelle zugewiesen werden.</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2/%3 and cannot be assigned to an interface.</source>
        <translation>%1 ist die Broadcast-Adresse von %2/%3 und kann keiner Schnittstelle zugewiesen werden.</translation>
    </message>
    <message>
        <source>The interface already has %1.</source>
        <translation>Die Schnittstelle hat bereits %1.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::EventListModel</name>
    <message>
        <source>%1 (SNMP %2)</source>
        <translation>%1 (SNMP %2)</translation>
    </message>
    <message>
        <source>No device in the inventory has this address</source>
        <translation>Kein Gerät im Inventar hat diese Adresse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::FirstSync</name>
    <message>
        <source>The workspace&apos;s service did not answer: %1</source>
        <translation>Der Dienst des Arbeitsbereichs hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Starting the workspace&apos;s service…</source>
        <translation>Dienst des Arbeitsbereichs wird gestartet…</translation>
    </message>
    <message>
        <source>Opening the workspace&apos;s vault…</source>
        <translation>Tresor des Arbeitsbereichs wird geöffnet…</translation>
    </message>
    <message>
        <source>Storing %1 in the vault…</source>
        <translation>%1 wird im Tresor gespeichert…</translation>
    </message>
    <message>
        <source>Asking NetBox for its inventory…</source>
        <translation>Inventar wird von NetBox abgefragt…</translation>
    </message>
    <message>
        <source>Writing %L1 objects to the workspace…</source>
        <translation>%L1 Objekte werden in den Arbeitsbereich geschrieben…</translation>
    </message>
    <message>
        <source>Reading %1 (%L2 objects so far)</source>
        <translation>%1 wird gelesen (bisher %L2 Objekte)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::InterfaceStatusModel</name>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>%1 bit/s</source>
        <translation>%1 bit/s</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Not polled</source>
        <translation>Nicht abgefragt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>No SNMP match</source>
        <translation>Keine SNMP-Zuordnung</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>die Demo</translation>
    </message>
    <message>
        <source>%1, ignoring case and spaces</source>
        <translation>%1, ohne Beachtung von Groß-/Kleinschreibung und Leerzeichen</translation>
    </message>
    <message>
        <source>%1, with interface abbreviations expanded</source>
        <translation>%1, mit ausgeschriebenen Schnittstellenabkürzungen</translation>
    </message>
    <message>
        <source>SNMP ifIndex %1, matched by %2</source>
        <translation>SNMP-ifIndex %1, zugeordnet über %2</translation>
    </message>
    <message>
        <source>No polled SNMP interface matches this interface: it is not polled.</source>
        <translation>Keine abgefragte SNMP-Schnittstelle passt zu dieser Schnittstelle: Sie wird nicht abgefragt.</translation>
    </message>
    <message>
        <source>%1
Last sample %2</source>
        <translation>%1
Letzter Messwert %2</translation>
    </message>
    <message>
        <source>%1
No samples for this interface</source>
        <translation>%1
Keine Messwerte für diese Schnittstelle</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::InterfaceTableModel</name>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (management only)</source>
        <translation>%1 (nur Management)</translation>
    </message>
    <message>
        <source>Cable %1 · %2</source>
        <translation>Kabel %1 · %2</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::InventoryService</name>
    <message>
        <source>Preparing the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Arbeitsbereich wird geöffnet</translation>
    </message>
    <message>
        <source>Loading the inventory</source>
        <translation>Inventar wird geladen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::JobServiceConnection</name>
    <message>
        <source>Not connected to the OpsDeck service.</source>
        <translation>Nicht mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>Starting the OpsDeck service…</source>
        <translation>OpsDeck-Dienst wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to the OpsDeck service…</source>
        <translation>Verbindung zum OpsDeck-Dienst wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to the OpsDeck service.</source>
        <translation>Mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>opsdeckd could not be started</source>
        <translation>opsdeckd konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>it has not run for this user yet</source>
        <translation>er lief für diesen Benutzer noch nicht</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>it refused this console&apos;s credentials</source>
        <translation>er hat die Anmeldedaten dieser Konsole abgewiesen</translation>
    </message>
    <message>
        <source>nothing answers on its socket</source>
        <translation>an seinem Socket antwortet nichts</translation>
    </message>
    <message numerus="yes">
        <source>The OpsDeck service cannot be reached: %1. Retrying in %n second(s).</source>
        <translation>
            <numerusform>Der OpsDeck-Dienst ist nicht erreichbar: %1. Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der OpsDeck-Dienst ist nicht erreichbar: %1. Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::JobTableModel</name>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 von %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::McpMatchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Network element</source>
        <translation>Netzelement</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>NetBox-Gerät</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::McpSyncSource</name>
    <message>
        <source>Ciena MCP</source>
        <translation>Ciena MCP</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::NavigationTreeModel</name>
    <message>
        <source>(unnamed device %1)</source>
        <translation>(unbenanntes Gerät %1)</translation>
    </message>
    <message>
        <source>U%1</source>
        <translation>HE %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::NetBoxSyncSource</name>
    <message>
        <source>NetBox</source>
        <translation>NetBox</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::PlanChangeSet</name>
    <message>
        <source>rack %1</source>
        <translation>Rack %1</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>Move %1 to %2 U%3 %4</source>
        <translation>%1 nach %2 HE %3 %4 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to %2 (0U)</source>
        <translation>%1 nach %2 verschieben (0 HE)</translation>
    </message>
    <message>
        <source>Move %1 to %2 (not mounted)</source>
        <translation>%1 nach %2 verschieben (nicht eingebaut)</translation>
    </message>
    <message>
        <source>Unmount %1 from %2</source>
        <translation>%1 aus %2 ausbauen</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>a new device</source>
        <translation>ein neues Gerät</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3 U%4 %5</source>
        <translation>%1 (%2) zu %3 HE %4 %5 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3 (0U)</source>
        <translation>%1 (%2) zu %3 hinzufügen (0 HE)</translation>
    </message>
    <message>
        <source>Reserve %1 in %2</source>
        <translation>%1 in %2 reservieren</translation>
    </message>
    <message>
        <source>Reserve %1 in %2: %3</source>
        <translation>%1 in %2 reservieren: %3</translation>
    </message>
    <message>
        <source>%1 is not exported: the device is not in the inventory.</source>
        <translation>%1 wird nicht exportiert: Das Gerät ist nicht im Inventar.</translation>
    </message>
    <message>
        <source>%1 is not exported: its rack is not at this site.</source>
        <translation>%1 wird nicht exportiert: Sein Rack ist nicht an diesem Standort.</translation>
    </message>
    <message>
        <source>%1 is not exported: a mounted device needs a rack face.</source>
        <translation>%1 wird nicht exportiert: Ein eingebautes Gerät braucht eine Rackseite (vorne oder hinten).</translation>
    </message>
    <message>
        <source>A new device in %1 is not exported: it has no name, and NetBox needs one.</source>
        <translation>Ein neues Gerät in %1 wird nicht exportiert: Es hat keinen Namen, und NetBox verlangt einen.</translation>
    </message>
    <message>
        <source>%1 is not exported: its device type is not in the catalogue.</source>
        <translation>%1 wird nicht exportiert: Sein Gerätetyp ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>%1 is not exported: NetBox needs a role for a new device; choose one.</source>
        <translation>%1 wird nicht exportiert: NetBox verlangt für ein neues Gerät eine Rolle; wählen Sie eine.</translation>
    </message>
    <message>
        <source>%1 is a child device: install it in a device bay of its parent in NetBox once it is written.</source>
        <translation>%1 ist ein Kindgerät: Bauen Sie es in NetBox in einen Geräteeinschub seines Elterngeräts ein, sobald es geschrieben ist.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: its rack is not at this site.</source>
        <translation>Die Reservierung von %1 wird nicht exportiert: Ihr Rack ist nicht an diesem Standort.</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: NetBox needs the user it is made for.</source>
        <translation>Die Reservierung von %1 wird nicht exportiert: NetBox verlangt den Benutzer, für den sie gilt.</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: NetBox needs a description.</source>
        <translation>Die Reservierung von %1 wird nicht exportiert: NetBox verlangt eine Beschreibung.</translation>
    </message>
    <message>
        <source>%1 take each other&apos;s units. NetBox checks each move on its own and refuses such a swap: move one of them out of the way in an earlier change set.</source>
        <translation>%1 tauschen ihre Höheneinheiten. NetBox prüft jede Verschiebung einzeln und lehnt einen solchen Tausch ab: Räumen Sie eines der Geräte in einem früheren Änderungssatz aus dem Weg.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::RackPlanModel</name>
    <message>
        <source>There is no such device or rack.</source>
        <translation>Dieses Gerät oder Rack gibt es nicht.</translation>
    </message>
    <message>
        <source>Move %1 to U%2 %3</source>
        <translation>%1 nach HE %2 %3 verschieben</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>There is no such device type or rack.</source>
        <translation>Diesen Gerätetyp oder dieses Rack gibt es nicht.</translation>
    </message>
    <message>
        <source>%1-new%2</source>
        <translation>%1-neu%2</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3</source>
        <translation>%1 (%2) zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Unmount %1 from %2</source>
        <translation>%1 aus %2 ausbauen</translation>
    </message>
    <message>
        <source>There is no such rack.</source>
        <translation>Dieses Rack gibt es nicht.</translation>
    </message>
    <message>
        <source>Rack %1 has no unit %2.</source>
        <translation>Rack %1 hat keine Einheit %2.</translation>
    </message>
    <message>
        <source>U%1 is taken by %2.</source>
        <translation>HE %1 ist durch %2 belegt.</translation>
    </message>
    <message numerus="yes">
        <source>Reserve %n unit(s) in %1</source>
        <translation>
            <numerusform>%n Einheit in %1 reservieren</numerusform>
            <numerusform>%n Einheiten in %1 reservieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply plan %1</source>
        <translation>Plan %1 anwenden</translation>
    </message>
    <message>
        <source>%1 is no longer in the inventory.</source>
        <translation>%1 ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <source>%1 has moved in the inventory since the plan was made.</source>
        <translation>%1 wurde im Inventar verschoben, seit der Plan erstellt wurde.</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot; skipped.</source>
        <translation>Unbekannte Änderung „%1“ übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::RackTableModel</name>
    <message>
        <source>%1U</source>
        <translation>%1 HE</translation>
    </message>
    <message>
        <source>%1 of %2U · %3%</source>
        <translation>%1 von %2 HE · %3 %</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Belegter Platz</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::RuleSession</name>
    <message>
        <source>“%1” is not a setting of this kind of rule.</source>
        <translation>„%1“ ist keine Einstellung dieser Regelart.</translation>
    </message>
    <message>
        <source>The rule needs %1.</source>
        <translation>Die Regel benötigt %1.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>„%1“ benötigt %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: expected %3.</source>
        <translation>„%1“ kann nicht %2 sein: Erwartet wird %3.</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Eine andere Regel hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>The alarm rules could not be read: %1.</source>
        <translation>Die Alarmregeln konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The rules were not saved: the workspace file changed since the editor read it. Close the editor and open it again to see the changes.</source>
        <translation>Die Regeln wurden nicht gespeichert: Die Arbeitsbereichsdatei wurde geändert, seit der Editor sie gelesen hat. Schließen Sie den Editor und öffnen Sie ihn erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>The rules were not saved: %1.</source>
        <translation>Die Regeln wurden nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>The preview needs the OpsDeck service, which is not reachable.</source>
        <translation>Die Vorschau benötigt den OpsDeck-Dienst, der nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>The preview failed: %1.</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>alarm engine</source>
        <translation>Alarmverarbeitung</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ScheduleSession</name>
    <message>
        <source>needs %1</source>
        <translation>benötigt %1</translation>
    </message>
    <message>
        <source>“%1” needs %2</source>
        <translation>„%1“ benötigt %2</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: expected %3</source>
        <translation>„%1“ kann nicht %2 sein: Erwartet wird %3</translation>
    </message>
    <message>
        <source>Schedules: %1.</source>
        <translation>Zeitpläne: %1.</translation>
    </message>
    <message>
        <source>Schedule “%1”: %2.</source>
        <translation>Zeitplan „%1“: %2.</translation>
    </message>
    <message>
        <source>backup scheduler</source>
        <translation>Sicherungsplanung</translation>
    </message>
    <message>
        <source>the service has no such schedule</source>
        <translation>der Dienst kennt diesen Zeitplan nicht</translation>
    </message>
    <message>
        <source>the service runs no backup schedules</source>
        <translation>der Dienst führt keine Sicherungszeitpläne aus</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SearchResultModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ServiceSyncSource</name>
    <message>
        <source>NetBox</source>
        <translation>NetBox</translation>
    </message>
    <message>
        <source>The workspace&apos;s service is not reachable: %1</source>
        <translation>Der Dienst des Arbeitsbereichs ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Ciena MCP</source>
        <translation>Ciena MCP</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ServiceVault</name>
    <message>
        <source>The workspace&apos;s service is not reachable: %1</source>
        <translation>Der Dienst des Arbeitsbereichs ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>no keychain answers (%1): the passphrase is not remembered</source>
        <translation>kein Schlüsselbund antwortet (%1): die Passphrase wird nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SideBySideDiffModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Neuer</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SyncProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Wird abgerufen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SyncSource</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translatorcomment>Dativ-Plural („Tagen“): erscheint fast nur in „vor %1 synchronisiert“; Restzeiten unter zwei Tagen werden in Stunden angegeben.</translatorcomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>stale: synced %1 ago</source>
        <translation>veraltet: vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>synced %1 ago</source>
        <translation>vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>Offline — working from the local store</source>
        <translation>Offline — Arbeit mit dem lokalen Speicher</translation>
    </message>
    <message>
        <source>Writing the local store</source>
        <translation>Lokaler Speicher wird geschrieben</translation>
    </message>
    <message>
        <source>Starting a full sync</source>
        <translation>Vollständige Synchronisierung wird gestartet</translation>
    </message>
    <message>
        <source>Starting an incremental sync</source>
        <translation>Inkrementelle Synchronisierung wird gestartet</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>%1 wird synchronisiert (%2 von %3)</translation>
    </message>
    <message>
        <source>Syncing %1 (%2)</source>
        <translation>%1 wird synchronisiert (%2)</translation>
    </message>
    <message>
        <source>Cancelling the sync</source>
        <translation>Synchronisierung wird abgebrochen</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; the local store is unchanged</source>
        <translation>Synchronisierung abgebrochen; der lokale Speicher ist unverändert</translation>
    </message>
    <message>
        <source>Sync complete</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Not synced in this session</source>
        <translation>In dieser Sitzung nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2)</translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2)</source>
        <translation>%1 hat die Anmeldedaten abgewiesen (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 sent data that could not be read (%2)</source>
        <translation>%1 hat unlesbare Daten gesendet (%2)</translation>
    </message>
    <message>
        <source>the local store could not be written (%1)</source>
        <translation>der lokale Speicher konnte nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::TopologyAuditModel</name>
    <message>
        <source>Missing in NetBox</source>
        <translation>Fehlt in NetBox</translation>
    </message>
    <message>
        <source>Not seen by LLDP</source>
        <translation>Von LLDP nicht gesehen</translation>
    </message>
    <message>
        <source>Port mismatch</source>
        <translation>Port stimmt nicht überein</translation>
    </message>
    <message>
        <source>Unknown neighbour</source>
        <translation>Unbekannter Nachbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>no cable</source>
        <translation>kein Kabel</translation>
    </message>
    <message>
        <source>#%1: %2 %3 — %4 %5</source>
        <translation>#%1: %2 %3 — %4 %5</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>LLDP neighbour</source>
        <translation>LLDP-Nachbar</translation>
    </message>
    <message>
        <source>NetBox cable</source>
        <translation>NetBox-Kabel</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::WorkspaceSection</name>
    <message>
        <source>The OpsDeck service is not running; its %1 reads the file when it starts.</source>
        <translation>Der OpsDeck-Dienst läuft nicht; seine Komponente %1 liest die Datei beim Start.</translation>
    </message>
    <message>
        <source>The service did not reload the workspace: %1.</source>
        <translation>Der Dienst hat den Arbeitsbereich nicht neu geladen: %1.</translation>
    </message>
    <message>
        <source>The %1 is not running in the service.</source>
        <translation>Die Komponente %1 läuft im Dienst nicht.</translation>
    </message>
    <message>
        <source>The service&apos;s %1 kept the previous settings: %2.</source>
        <translation>Die Komponente %1 des Dienstes hat die bisherigen Einstellungen beibehalten: %2.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>U%1, %2U, %3 · %4</source>
        <translation>HE %1, %2 HE, %3 · %4</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>volle Tiefe</translation>
    </message>
    <message>
        <source>half depth</source>
        <translation>halbe Tiefe</translation>
    </message>
    <message>
        <source>0U, side rail</source>
        <translation>0 HE, Seitenschiene</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmActionDialog</name>
    <message>
        <source>Acknowledge Alarms</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message>
        <source>Acknowledge the alarm “%1”?</source>
        <translation>Den Alarm „%1“ quittieren?</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alarm(s)?</source>
        <translation>
            <numerusform>%n Alarm quittieren?</numerusform>
            <numerusform>%n Alarme quittieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>Shelve Alarms</source>
        <translation>Alarme zurückstellen</translation>
    </message>
    <message>
        <source>Shelve the alarm “%1”? It stays in the list but is not notified until the shelve ends.</source>
        <translation>Den Alarm „%1“ zurückstellen? Er bleibt in der Liste, wird aber bis zum Ende der Zurückstellung nicht gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n alarm(s)? They stay in the list but are not notified until the shelve ends.</source>
        <translation>
            <numerusform>%n Alarm zurückstellen? Er bleibt in der Liste, wird aber bis zum Ende der Zurückstellung nicht gemeldet.</numerusform>
            <numerusform>%n Alarme zurückstellen? Sie bleiben in der Liste, werden aber bis zum Ende der Zurückstellung nicht gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Shelve</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Clear Alarms</source>
        <translation>Alarme aufheben</translation>
    </message>
    <message>
        <source>Clear the alarm “%1” by hand? It is raised again if its condition is still there.</source>
        <translation>Den Alarm „%1“ manuell aufheben? Er wird erneut ausgelöst, wenn seine Bedingung weiterhin besteht.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n alarm(s) by hand? Each is raised again if its condition is still there.</source>
        <translation>
            <numerusform>%n Alarm manuell aufheben? Er wird erneut ausgelöst, wenn seine Bedingung weiterhin besteht.</numerusform>
            <numerusform>%n Alarme manuell aufheben? Jeder wird erneut ausgelöst, wenn seine Bedingung weiterhin besteht.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Auf&amp;heben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>What is being done (optional)</source>
        <translation>Was unternommen wird (optional)</translation>
    </message>
    <message>
        <source>Why (recorded in the alarm&apos;s history)</source>
        <translation>Grund (wird im Verlauf des Alarms festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmBadgeDelegate</name>
    <message>
        <source>Worst active alarm: %1</source>
        <translation>Schwerster aktiver Alarm: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmNotifier</name>
    <message>
        <source>Critical alarm on %1: %2</source>
        <translation>Kritischer Alarm auf %1: %2</translation>
    </message>
    <message>
        <source>OpsDeck alarms</source>
        <translation>OpsDeck-Alarme</translation>
    </message>
    <message>
        <source>OpsDeck: critical alarm</source>
        <translation>OpsDeck: kritischer Alarm</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRuleEditDialog</name>
    <message>
        <source>&amp;Preview Last 24 h</source>
        <translation>&amp;Vorschau der letzten 24 h</translation>
    </message>
    <message>
        <source>Alarm Rule</source>
        <translation>Alarmregel</translation>
    </message>
    <message>
        <source>What this rule, as typed, would have raised over the stored metrics</source>
        <translation>Was diese Regel in der eingegebenen Form anhand der gespeicherten Messwerte ausgelöst hätte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Alarm Rule %1</source>
        <translation>Alarmregel %1</translation>
    </message>
    <message>
        <source>Only threshold, rate-of-change and optical power rules work on stored metrics and can be previewed.</source>
        <translation>Nur Regeln der Arten Schwellwert, Änderungsrate und optische Leistung arbeiten mit gespeicherten Messwerten und bieten eine Vorschau.</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Eine andere Regel hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Correct the rule to preview it.</source>
        <translation>Korrigieren Sie die Regel, um ihre Vorschau zu sehen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRuleForm</name>
    <message>
        <source>e.g. uplink-utilisation</source>
        <translation>z. B. uplink-utilisation</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Raise alarms with this rule</source>
        <translation>Mit dieser Regel Alarme a&amp;uslösen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only devices with this name, site, role and tag; empty fields match every device.</source>
        <translation>Nur Geräte mit diesem Namen, diesem Standort, dieser Rolle und diesem Tag; leere Felder passen auf jedes Gerät.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>e.g. if.in.util, cpu.util, optical.dbm</source>
        <translation>z. B. if.in.util, cpu.util, optical.dbm</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Messwert:</translation>
    </message>
    <message>
        <source>every object; * matches any text, e.g. ifIndex:*</source>
        <translation>jedes Objekt; * passt auf beliebigen Text, z. B. ifIndex:*</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>Raise &amp;when:</source>
        <translation>Auslösen, &amp;wenn:</translation>
    </message>
    <message>
        <source>Own range</source>
        <translation>Eigener Bereich</translation>
    </message>
    <message>
        <source>Unchecked: the device&apos;s own alarm levels (DOM or MCP).</source>
        <translation>Ohne Häkchen: die eigenen Alarmschwellwerte des Geräts (DOM oder MCP).</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Clear only once the value is back beyond the level by this much.</source>
        <translation>Erst aufheben, wenn der Wert wieder um mindestens diesen Betrag jenseits des Schwellwerts liegt.</translation>
    </message>
    <message>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Hysterese:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The condition must hold this long before the alarm is raised.</source>
        <translation>So lange muss die Bedingung bestehen, bevor der Alarm ausgelöst wird.</translation>
    </message>
    <message>
        <source>&amp;For at least:</source>
        <translation>Mindest&amp;dauer:</translation>
    </message>
    <message>
        <source>&amp;In a row:</source>
        <translation>&amp;In Folge:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Loss above:</source>
        <translation>&amp;Verlust über:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Latency above:</source>
        <translation>&amp;Latenz über:</translation>
    </message>
    <message>
        <source>every interface; * matches any text, e.g. Ethernet*</source>
        <translation>jede Schnittstelle; * passt auf beliebigen Text, z. B. Ethernet*</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>S&amp;chnittstellen:</translation>
    </message>
    <message>
        <source>&amp;Trap OID:</source>
        <translation>&amp;Trap-OID:</translation>
    </message>
    <message>
        <source>optional: the notification that clears the alarm</source>
        <translation>optional: die Benachrichtigung, die den Alarm aufhebt</translation>
    </message>
    <message>
        <source>&amp;Clearing trap OID:</source>
        <translation>Trap-OID zum &amp;Aufheben:</translation>
    </message>
    <message>
        <source>&amp;Varbinds:</source>
        <translation>&amp;Varbinds:</translation>
    </message>
    <message>
        <source>&amp;From severity:</source>
        <translation>&amp;Ab Schweregrad:</translation>
    </message>
    <message>
        <source>every job kind; * matches any text, e.g. ssh.*</source>
        <translation>jede Auftragsart; * passt auf beliebigen Text, z. B. ssh.*</translation>
    </message>
    <message>
        <source>&amp;Job kinds:</source>
        <translation>Auf&amp;tragsarten:</translation>
    </message>
    <message>
        <source>OID prefix</source>
        <translation>OID-Präfix</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Matches (regular expression)</source>
        <translation>Passt auf (regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRulesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Alarm Rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Write the rules into the workspace file and have the service apply them</source>
        <translation>Die Regeln in die Arbeitsbereichsdatei schreiben und vom Dienst anwenden lassen</translation>
    </message>
    <message>
        <source>Built-in rules can be changed or turned off, not removed; removing a changed one restores its built-in values. Check a rule to enable it.</source>
        <translation>Integrierte Regeln können geändert oder abgeschaltet, aber nicht entfernt werden; das Entfernen einer geänderten Regel stellt ihre Standardwerte wieder her. Setzen Sie das Häkchen bei einer Regel, um sie zu aktivieren.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s rules…</source>
        <translation>Regeln des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Restore Default</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the workspace file are not valid (shown in red); correct or remove them to save.</source>
        <translation>
            <numerusform>%n Regel der Arbeitsbereichsdatei ist ungültig (rot dargestellt); korrigieren oder entfernen Sie sie, um zu speichern.</numerusform>
            <numerusform>%n Regeln der Arbeitsbereichsdatei sind ungültig (rot dargestellt); korrigieren oder entfernen Sie sie, um zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Alarm Rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <source>Rule “%1” changed; Save writes it to the workspace.</source>
        <translation>Regel „%1“ geändert; „Speichern“ schreibt sie in den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Rule “%1” is back to its built-in values.</source>
        <translation>Regel „%1“ hat wieder ihre Standardwerte.</translation>
    </message>
    <message>
        <source>Rule “%1” removed; Save writes the change to the workspace.</source>
        <translation>Regel „%1“ entfernt; „Speichern“ schreibt die Änderung in den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved. Rule “%1”: %2</source>
        <translation>Nicht gespeichert. Regel „%1“: %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to the workspace file; the service applies the rules now.</source>
        <translation>In der Arbeitsbereichsdatei gespeichert; der Dienst wendet die Regeln jetzt an.</translation>
    </message>
    <message>
        <source>Saved to the workspace file, but not applied: %1</source>
        <translation>In der Arbeitsbereichsdatei gespeichert, aber nicht angewendet: %1</translation>
    </message>
    <message>
        <source>The changes to the alarm rules are not saved. Discard them?</source>
        <translation>Die Änderungen an den Alarmregeln sind nicht gespeichert. Möchten Sie sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmStatusWidget</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Keine Alarme</translation>
    </message>
    <message>
        <source>Alarms %1</source>
        <translation>Alarme %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n nicht quittiert</numerusform>
            <numerusform>%n nicht quittiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelved or in maintenance (not counted)</source>
        <translation>
            <numerusform>%n zurückgestellt oder im Wartungsfenster (nicht gezählt)</numerusform>
            <numerusform>%n zurückgestellt oder im Wartungsfenster (nicht gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The OpsDeck service cannot be reached: the counts may be out of date.</source>
        <translation>Der OpsDeck-Dienst ist nicht erreichbar: Die Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Click to show the alarms.</source>
        <translation>Klicken, um die Alarme anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmsView</name>
    <message>
        <source>Active alarms</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 oder schwerer</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht quittiert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Im Wartungsfenster</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>Flatternd</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Standortfilter</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>Filter alarms…</source>
        <translation>Alarme filtern…</translation>
    </message>
    <message>
        <source>&amp;Group by root cause</source>
        <translation>Nach Grund&amp;ursache gruppieren</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren…</translation>
    </message>
    <message>
        <source>&amp;Shelve…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>Zurückstellung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>Auf&amp;heben…</translation>
    </message>
    <message>
        <source>&amp;Go to Device</source>
        <translation>Zum &amp;Gerät</translation>
    </message>
    <message>
        <source>Open &amp;Dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Rack</source>
        <translation>Im &amp;Rack zeigen</translation>
    </message>
    <message>
        <source>Show in &amp;Topology</source>
        <translation>In der &amp;Topologie zeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Waiting for the OpsDeck service; the alarms shown may be out of date.</source>
        <translation>Warten auf den OpsDeck-Dienst; die angezeigten Alarme sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>%1 is not in this workspace&apos;s inventory.</source>
        <translation>%1 ist nicht im Inventar dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Open a workspace to see its alarms.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Alarme zu sehen.</translation>
    </message>
    <message>
        <source>The OpsDeck service cannot be reached; the alarms shown may be out of date.</source>
        <translation>Der OpsDeck-Dienst ist nicht erreichbar; die angezeigten Alarme sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Loading the alarms…</source>
        <translation>Alarme werden geladen…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CableDialog</name>
    <message>
        <source>Takes no cable (%1)</source>
        <translation>Nicht verkabelbar (%1)</translation>
    </message>
    <message>
        <source>Cable pending in the change set</source>
        <translation>Kabel im Änderungssatz ausstehend</translation>
    </message>
    <message>
        <source>Cabled to %1 %2</source>
        <translation>Verkabelt mit %1 %2</translation>
    </message>
    <message>
        <source>Has cable #%1</source>
        <translation>Hat Kabel #%1</translation>
    </message>
    <message>
        <source>New Cable</source>
        <translation>Neues Kabel</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>Von %1 %2</translation>
    </message>
    <message>
        <source>Type to filter devices</source>
        <translation>Tippen, um Geräte zu filtern</translation>
    </message>
    <message>
        <source>Unnamed device %1</source>
        <translation>Unbenanntes Gerät %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n frei)</numerusform>
            <numerusform>%1 (%n frei)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Optional, e.g. ff8800</source>
        <translation>Optional, z. B. ff8800</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Far &amp;device:</source>
        <translation>&amp;Gerät am anderen Ende:</translation>
    </message>
    <message>
        <source>Far &amp;interface:</source>
        <translation>&amp;Schnittstelle am anderen Ende:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1 %2 already has a cable; remove it in NetBox before adding another.</source>
        <translation>%1 %2 hat bereits ein Kabel; entfernen Sie es in NetBox, bevor Sie ein weiteres hinzufügen.</translation>
    </message>
    <message>
        <source>A cable from %1 %2 is already pending in the change set.</source>
        <translation>Ein Kabel von %1 %2 steht bereits im Änderungssatz aus.</translation>
    </message>
    <message>
        <source>No devices of this site are in the store.</source>
        <translation>Im Speicher sind keine Geräte dieses Standorts.</translation>
    </message>
    <message>
        <source>No device matches “%1”.</source>
        <translation>Kein Gerät passt zu „%1“.</translation>
    </message>
    <message>
        <source>Choose the device at the far end first.</source>
        <translation>Wählen Sie zuerst das Gerät am anderen Ende.</translation>
    </message>
    <message>
        <source>Choose a free interface of %1.</source>
        <translation>Wählen Sie eine freie Schnittstelle von %1.</translation>
    </message>
    <message>
        <source>%1 has no free interface to cable to.</source>
        <translation>%1 hat keine freie Schnittstelle zum Verkabeln.</translation>
    </message>
    <message>
        <source>Cable Colour</source>
        <translation>Kabelfarbe</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChangeSetPanel</name>
    <message>
        <source>&amp;Push to NetBox</source>
        <translation>An NetBox über&amp;tragen</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>NetBox-Version &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard edit</source>
        <translation>Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>Abgeschlossene entfer&amp;nen</translation>
    </message>
    <message>
        <source>Write the local values over NetBox&apos;s current ones on the next push</source>
        <translation>Bei der nächsten Übertragung die aktuellen NetBox-Werte mit den lokalen überschreiben</translation>
    </message>
    <message>
        <source>Drop the local edit and keep what NetBox holds now</source>
        <translation>Die lokale Änderung verwerfen und den aktuellen Stand in NetBox behalten</translation>
    </message>
    <message>
        <source>No pending changes. Edits made in the console appear here.</source>
        <translation>Keine ausstehenden Änderungen. In der Konsole vorgenommene Änderungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Pushing to NetBox…</source>
        <translation>Wird an NetBox übertragen…</translation>
    </message>
    <message>
        <source>%1 to push, %2 in conflict, %3 failed, %4 written</source>
        <translation>%1 zu übertragen, %2 im Konflikt, %3 fehlgeschlagen, %4 geschrieben</translation>
    </message>
    <message>
        <source>%1 to push, %2 in conflict, %3 failed, %4 written. Offline: the edits are kept in the workspace; open Tools ▸ NetBox Sync or start the OpsDeck service to push them.</source>
        <translation>%1 zu übertragen, %2 im Konflikt, %3 fehlgeschlagen, %4 geschrieben. Offline: Die Änderungen bleiben im Arbeitsbereich gespeichert; öffnen Sie Extras ▸ NetBox-Synchronisierung oder starten Sie den OpsDeck-Dienst, um sie zu übertragen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChartAnomalies</name>
    <message>
        <source>%1: %2</source>
        <comment>series and why it is unusual</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChartEmptyNotice</name>
    <message>
        <source>No data: nothing was collected for this chart in the time shown.</source>
        <translation>Keine Daten: Für dieses Diagramm wurde im gezeigten Zeitraum nichts erfasst.</translation>
    </message>
    <message>
        <source>No data: no polled SNMP interface matches this interface, so nothing is collected for it.</source>
        <translation>Keine Daten: Keine abgefragte SNMP-Schnittstelle passt zu dieser Schnittstelle, daher wird für sie nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ComplianceExport</name>
    <message>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Upgrade path: %1</source>
        <translation>Upgrade-Pfad: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>Checked %1; %n device(s).</source>
        <translation>Geprüft: %1; Geräte: %n.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Devices that are not compliant</source>
        <translation>Nicht konforme Geräte</translation>
    </message>
    <message>
        <source>Every device checked is compliant.</source>
        <translation>Alle geprüften Geräte sind konform.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ComplianceView</name>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Push &amp;Remediation…</source>
        <translation>&amp;Korrektur übertragen…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Nothing to push: the running configuration has every intended line.</source>
        <translation>Nichts zu übertragen: Die laufende Konfiguration enthält alle Zeilen der Soll-Konfiguration.</translation>
    </message>
    <message>
        <source>Dry run, then push these lines after approval; rolled back if the check after fails</source>
        <translation>Probelauf, dann diese Zeilen nach der Freigabe übertragen; wird zurückgerollt, wenn die anschließende Prüfung fehlschlägt</translation>
    </message>
    <message>
        <source>Lines that would converge it:</source>
        <translation>Zeilen, die das Gerät angleichen würden:</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Abweichung</translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation>%1 von %2 Geräten</translation>
    </message>
    <message>
        <source>Compliance is not available: the console is not connected to the OpsDeck service.</source>
        <translation>Compliance ist nicht verfügbar: Die Konsole ist nicht mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Evaluate every device now against the rules, its intended configuration and its target version</source>
        <translation>Jedes Gerät jetzt anhand der Regeln, seiner Soll-Konfiguration und seiner Zielversion bewerten</translation>
    </message>
    <message>
        <source>Save the devices shown as CSV or PDF</source>
        <translation>Die angezeigten Geräte als CSV oder PDF speichern</translation>
    </message>
    <message>
        <source>The service is checking the devices for the first time…</source>
        <translation>Der Dienst prüft die Geräte zum ersten Mal…</translation>
    </message>
    <message>
        <source>No compliance check has run yet: Check Now evaluates every device.</source>
        <translation>Es wurde noch keine Compliance-Prüfung ausgeführt: „Jetzt prüfen“ bewertet jedes Gerät.</translation>
    </message>
    <message>
        <source>%1: %2 compliant, %3 not compliant, %4 unknown. Checked %5.</source>
        <translation>%1: %2 konform, %3 nicht konform, %4 unbekannt. Geprüft: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device to see its checks.</source>
        <translation>Wählen Sie ein Gerät, um seine Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Comparing %1 with its intended configuration…</source>
        <translation>%1 wird mit seiner Soll-Konfiguration verglichen…</translation>
    </message>
    <message>
        <source>The running configuration (backup version %1) is as intended (%2).</source>
        <translation>Die laufende Konfiguration (Sicherungsversion %1) entspricht der Soll-Konfiguration (%2).</translation>
    </message>
    <message>
        <source>Left: running configuration, backup version %1. Right: intended, from %2. %3 intended, %4 not intended (volatile lines ignored).</source>
        <translation>Links: laufende Konfiguration, Sicherungsversion %1. Rechts: Soll-Konfiguration, aus %2. %3 vorgesehen, %4 nicht vorgesehen (veränderliche Zeilen ignoriert).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) missing</source>
        <translation>
            <numerusform>%n Zeile fehlt</numerusform>
            <numerusform>%n Zeilen fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Compliance-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>PDF-Dokument (*.pdf);;CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConfigHistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>Configuration history of %1</source>
        <translation>Konfigurationsverlauf von %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gesichert am</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Select one version to compare it with the one before, or two to compare them</source>
        <translation>Wählen Sie eine Version, um sie mit der vorherigen zu vergleichen, oder zwei, um diese miteinander zu vergleichen</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Ask the service for the versions again</source>
        <translation>Die Versionen erneut vom Dienst abrufen</translation>
    </message>
    <message>
        <source>Save the differences or the configuration shown to a file</source>
        <translation>Die angezeigten Unterschiede oder die angezeigte Konfiguration in einer Datei speichern</translation>
    </message>
    <message>
        <source>There are no configuration backups of %1 yet. Scheduled backups and backup jobs keep its versions here.</source>
        <translation>Von %1 gibt es noch keine Konfigurationssicherungen. Geplante Sicherungen und Sicherungsaufträge legen seine Versionen hier ab.</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Version %1 is the first one kept: there is nothing earlier to compare it with.</source>
        <translation>Version %1 ist die älteste aufbewahrte Version: Es gibt keine frühere, mit der sie verglichen werden kann.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 are the same.</source>
        <translation>Die Versionen %1 und %2 sind identisch.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Configuration (*.cfg *.txt);;All files (*)</source>
        <translation>Konfiguration (*.cfg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unified diff (*.diff *.patch);;All files (*)</source>
        <translation>Unified Diff (*.diff *.patch);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Side by &amp;Side</source>
        <translation>Nebenein&amp;ander</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Version %1 against %2: %3, %4.</source>
        <translation>Version %1 gegenüber %2: %3, %4.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConfigSearchView</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Configuration search</source>
        <translation>Konfigurationssuche</translation>
    </message>
    <message>
        <source>Text in the latest configuration of every device, e.g. snmp-server community</source>
        <translation>Text in der neuesten Konfiguration jedes Geräts, z. B. snmp-server community</translation>
    </message>
    <message>
        <source>Searches the latest backup of each device the service keeps.</source>
        <translation>Durchsucht die neueste Sicherung jedes Geräts, die der Dienst aufbewahrt.</translation>
    </message>
    <message>
        <source>Device / line</source>
        <translation>Gerät / Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Version %1; activate to open the configuration history</source>
        <translation>Version %1; aktivieren, um den Konfigurationsverlauf zu öffnen</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No line matches in the %n device(s) with a backup.</source>
        <translation>
            <numerusform>Keine Zeile passt in %n Gerät mit Sicherung.</numerusform>
            <numerusform>Keine Zeile passt in %n Geräten mit Sicherung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 of %3 devices with a backup.</source>
        <translation>%1 in %2 von %3 Geräten mit Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are shown: narrow the search.</source>
        <translation>
            <numerusform>Nur der erste Treffer (%n) wird angezeigt: Schränken Sie die Suche ein.</numerusform>
            <numerusform>Nur die ersten %n Treffer werden angezeigt: Schränken Sie die Suche ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Matches</source>
        <translation>Treffer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The matches could not be written: %1</source>
        <translation>Die Treffer konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConnectionForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConnectionsDialog</name>
    <message>
        <source>Connections of %1</source>
        <translation>Verbindungen von %1</translation>
    </message>
    <message>
        <source>NetBox</source>
        <translation>NetBox</translation>
    </message>
    <message>
        <source>Ciena MCP</source>
        <translation>Ciena MCP</translation>
    </message>
    <message>
        <source>PRTG</source>
        <translation>PRTG</translation>
    </message>
    <message>
        <source>Saved in %1. Tokens and passwords go to the vault.</source>
        <translation>Gespeichert in %1. Tokens und Passwörter werden im Tresor abgelegt.</translation>
    </message>
    <message>
        <source>Name of a credential, e.g. snmp/core (Workspace › Credentials…)</source>
        <translation>Name von Anmeldedaten, z. B. snmp/core (Arbeitsbereich › Anmeldedaten…)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Anmeldedaten:</translation>
    </message>
    <message>
        <source>Agent port:</source>
        <translation>Agent-Port:</translation>
    </message>
    <message>
        <source>SNMP Polling</source>
        <translation>SNMP-Abfrage</translation>
    </message>
    <message>
        <source>SNMP Profiles</source>
        <translation>SNMP-Profile</translation>
    </message>
    <message>
        <source>SSH Profiles</source>
        <translation>SSH-Profile</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConsoleStatusBar</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>Hintergrundaufträge</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>NetBox: not configured</source>
        <translation>NetBox: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>NetBox: %1 · not synced in this session</source>
        <translation>NetBox: %1 · in dieser Sitzung nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1 · %2 sites · %3 racks · %4 devices · %5 interfaces</source>
        <translation>%1 · %2 Standorte · %3 Racks · %4 Geräte · %5 Schnittstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) running</source>
        <translation>
            <numerusform>%n Hintergrundauftrag läuft</numerusform>
            <numerusform>%n Hintergrundaufträge laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialEditor</name>
    <message>
        <source>Add Credential</source>
        <translation>Anmeldedaten hinzufügen</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>e.g. netbox/token, snmp/core, ssh/backup</source>
        <translation>z. B. netbox/token, snmp/core, ssh/backup</translation>
    </message>
    <message>
        <source>API token or password</source>
        <translation>API-Token oder Passwort</translation>
    </message>
    <message>
        <source>SNMP v1/v2c community</source>
        <translation>SNMP-v1/v2c-Community</translation>
    </message>
    <message>
        <source>SNMPv3 user</source>
        <translation>SNMPv3-Benutzer</translation>
    </message>
    <message>
        <source>SSH user with a password</source>
        <translation>SSH-Benutzer mit Passwort</translation>
    </message>
    <message>
        <source>SSH user with a private key</source>
        <translation>SSH-Benutzer mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>none (authNoPriv)</source>
        <translation>keine (authNoPriv)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Auth passphrase:</source>
        <translation>Authentifizierungs-Passphrase:</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Privacy passphrase:</source>
        <translation>Verschlüsselungs-Passphrase:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Private key file to import (OpenSSH format)</source>
        <translation>Zu importierende private Schlüsseldatei (OpenSSH-Format)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Schlüssel-Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Values are stored encrypted and never shown again.</source>
        <translation>Werte werden verschlüsselt gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The credential needs a name.</source>
        <translation>Die Anmeldedaten brauchen einen Namen.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>Die Community</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Der Benutzer</translation>
    </message>
    <message>
        <source>The authentication passphrase</source>
        <translation>Die Authentifizierungs-Passphrase</translation>
    </message>
    <message>
        <source>The privacy passphrase</source>
        <translation>Die Verschlüsselungs-Passphrase</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 ist keine private Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialProfilesEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Devices get the profile of the first rule matching their site, role and tag (slugs or names as NetBox has them); the others are polled with the SNMP Polling tab&apos;s setting. Credentials are names of vault entries (Workspace › Credentials…).</source>
        <translation>Geräte erhalten das Profil der ersten Regel, die zu ihrem Standort, ihrer Rolle und ihrem Tag passt (Slugs oder Namen, wie NetBox sie führt); die übrigen werden mit der Einstellung der Registerkarte „SNMP-Abfrage“ abgefragt. Anmeldedaten sind Namen von Tresoreinträgen (Arbeitsbereich › Anmeldedaten…).</translation>
    </message>
    <message>
        <source>SSH jobs that name no credential use the profile of the first rule matching the device&apos;s site, role and tag. Credentials are names of vault entries holding NAME/key or NAME/password.</source>
        <translation>SSH-Aufträge, die keine Anmeldedaten nennen, verwenden das Profil der ersten Regel, die zu Standort, Rolle und Tag des Geräts passt. Anmeldedaten sind Namen von Tresoreinträgen, die NAME/key oder NAME/password enthalten.</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Rules, first match wins:</source>
        <translation>Regeln (die erste passende gilt):</translation>
    </message>
    <message>
        <source>any site</source>
        <translation>beliebiger Standort</translation>
    </message>
    <message>
        <source>any role</source>
        <translation>beliebige Rolle</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>beliebiges Tag</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Credentials are kept encrypted in this workspace&apos;s vault (%1) and used by its service, which needs no passphrase in its environment or on its command line.</source>
        <translation>Anmeldedaten werden verschlüsselt im Tresor dieses Arbeitsbereichs (%1) aufbewahrt und von seinem Dienst verwendet, der dafür keine Passphrase in seiner Umgebung oder auf seiner Befehlszeile braucht.</translation>
    </message>
    <message>
        <source>vault.bin</source>
        <translation>vault.bin</translation>
    </message>
    <message>
        <source>The workspace&apos;s service is not reachable yet.</source>
        <translation>Der Dienst des Arbeitsbereichs ist noch nicht erreichbar.</translation>
    </message>
    <message>
        <source>The vault is locked: Workspace › Unlock Vault…</source>
        <translation>Der Tresor ist gesperrt: Arbeitsbereich › Tresor entsperren…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Credential</source>
        <translation>Anmeldedaten löschen</translation>
    </message>
    <message>
        <source>Delete %1? It is used by: %2.</source>
        <translation>%1 löschen? Verwendet von: %2.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>nothing in the configuration</source>
        <translation>nichts in der Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Forget Passphrase</source>
        <translation>Passphrase &amp;vergessen</translation>
    </message>
    <message>
        <source>Remove the vault&apos;s passphrase from the login keychain; the service then asks for it when it starts</source>
        <translation>Die Passphrase des Tresors aus dem Anmelde-Schlüsselbund entfernen; der Dienst fragt sie dann beim Start ab</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DetailsPanel</name>
    <message>
        <source>Object details</source>
        <translation>Objektdetails</translation>
    </message>
    <message>
        <source>Select a device in the tree, the table or the search (Ctrl+K) to see its details.</source>
        <translation>Wählen Sie ein Gerät im Baum, in der Tabelle oder in der Suche (Strg+K), um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Open in NetBox</source>
        <translation>In NetBox öffnen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Primary IP</source>
        <translation>Primäre IP</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Airflow</source>
        <translation>Luftstrom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Nachbar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Local ports</source>
        <translation>Lokale Ports</translation>
    </message>
    <message>
        <source>No NetBox URL is configured for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist keine NetBox-URL eingerichtet.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · U%2</source>
        <translation>%1 · HE %2</translation>
    </message>
    <message>
        <source>%1 · U%2 · %3</source>
        <translation>%1 · HE %2 · %3</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>hinten</translation>
    </message>
    <message>
        <source>front</source>
        <translation>vorne</translation>
    </message>
    <message>
        <source>%1 · bay %2</source>
        <translation>%1 · Einschub %2</translation>
    </message>
    <message>
        <source>%1 (%2U)</source>
        <translation>%1 (%2 HE)</translation>
    </message>
    <message>
        <source>Interfaces (%1)</source>
        <translation>Schnittstellen (%1)</translation>
    </message>
    <message>
        <source>Neighbours (%1)</source>
        <translation>Nachbarn (%1)</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Das&amp;hboard</translation>
    </message>
    <message>
        <source>Open the device dashboard: charts and live interface rates</source>
        <translation>Geräte-Dashboard öffnen: Diagramme und aktuelle Schnittstellenraten</translation>
    </message>
    <message>
        <source>Double-click an interface (or press Enter) to open its chart</source>
        <translation>Doppelklicken Sie auf eine Schnittstelle (oder drücken Sie Enter), um ihr Diagramm zu öffnen</translation>
    </message>
    <message>
        <source>Show Chart</source>
        <translation>Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit the device&apos;s NetBox attributes; the change waits in NetBox Changes until pushed</source>
        <translation>Die NetBox-Attribute des Geräts bearbeiten; die Änderung wartet in den NetBox-Änderungen, bis sie übertragen wird</translation>
    </message>
    <message>
        <source>Edit Interface…</source>
        <translation>Schnittstelle bearbeiten…</translation>
    </message>
    <message>
        <source>Connect Cable…</source>
        <translation>Kabel verbinden…</translation>
    </message>
    <message>
        <source>Assign IP Address…</source>
        <translation>IP-Adresse zuweisen…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceAlarmsPanel</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alarms of the device</source>
        <translation>Alarme des Geräts</translation>
    </message>
    <message>
        <source>The device&apos;s alarms are not available: the console is not connected to the OpsDeck service.</source>
        <translation>Die Alarme des Geräts sind nicht verfügbar: Die Konsole ist nicht mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading the alarms of %1…</source>
        <translation>Alarme von %1 werden geladen…</translation>
    </message>
    <message>
        <source>%1 has had no alarms.</source>
        <translation>%1 hatte bisher keine Alarme.</translation>
    </message>
    <message numerus="yes">
        <source>Alarms (%n active)</source>
        <translation>
            <numerusform>Alarme (%n aktiv)</numerusform>
            <numerusform>Alarme (%n aktiv)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceDashboard</name>
    <message>
        <source>Show in &amp;Rack</source>
        <translation>Im &amp;Rack zeigen</translation>
    </message>
    <message>
        <source>Device dashboard</source>
        <translation>Geräte-Dashboard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the device in the details panel</source>
        <translation>Das Gerät im Detailbereich zeigen</translation>
    </message>
    <message>
        <source>Open the rack elevation with this device selected</source>
        <translation>Die Rackansicht mit diesem Gerät ausgewählt öffnen</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Show the devices around this one</source>
        <translation>Die Geräte um dieses herum zeigen</translation>
    </message>
    <message>
        <source>Summary charts</source>
        <translation>Übersichtsdiagramme</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 discards</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>%1 Rx</source>
        <translation>%1 Rx</translation>
    </message>
    <message>
        <source>Uplink traffic</source>
        <translation>Uplink-Verkehr</translation>
    </message>
    <message>
        <source>Uplink errors and discards (received)</source>
        <translation>Uplink-Fehler und verworfene Pakete (empfangen)</translation>
    </message>
    <message>
        <source>Optical receive power</source>
        <translation>Optische Empfangsleistung</translation>
    </message>
    <message>
        <source>Configuration &amp;History</source>
        <translation>Konfigurations&amp;verlauf</translation>
    </message>
    <message>
        <source>Show the backed-up configuration versions of this device and their differences</source>
        <translation>Die gesicherten Konfigurationsversionen dieses Geräts und ihre Unterschiede zeigen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceEditDialog</name>
    <message>
        <source>Edit Device</source>
        <translation>Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Unnamed device %1</source>
        <translation>Unbenanntes Gerät %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator between heading parts</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>&amp;Asset tag:</source>
        <translation>&amp;Inventarnummer:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enter a name; NetBox needs one here.</source>
        <translation>Geben Sie einen Namen ein; NetBox verlangt hier einen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceTablePanel</name>
    <message>
        <source>Filter by name, role, type, platform, IP, serial or asset tag</source>
        <translation>Filtern nach Name, Rolle, Typ, Plattform, IP, Seriennummer oder Inventarnummer</translation>
    </message>
    <message>
        <source>Device filter</source>
        <translation>Gerätefilter</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::InterfaceChartWidget</name>
    <message>
        <source>%1 traffic</source>
        <translation>%1 Verkehr</translation>
    </message>
    <message>
        <source>%1 errors and discards</source>
        <translation>%1 Fehler und verworfene Pakete</translation>
    </message>
    <message>
        <source>Rx power</source>
        <translation>Rx-Leistung</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Tx-Leistung</translation>
    </message>
    <message>
        <source>%1 optical power</source>
        <translation>%1 optische Leistung</translation>
    </message>
    <message>
        <source>High alarm</source>
        <translation>Alarm hoch</translation>
    </message>
    <message>
        <source>High warning</source>
        <translation>Warnung hoch</translation>
    </message>
    <message>
        <source>Low warning</source>
        <translation>Warnung niedrig</translation>
    </message>
    <message>
        <source>Low alarm</source>
        <translation>Alarm niedrig</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::InterfaceEditDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Edit Interface</source>
        <translation>Schnittstelle bearbeiten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::IpAddressDialog</name>
    <message>
        <source>Assign IP Address</source>
        <translation>IP-Adresse zuweisen</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Schnittstelle %1</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10/24 or 2001:db8::10/64</source>
        <translation>z. B. 192.0.2.10/24 oder 2001:db8::10/64</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Already assigned:</source>
        <translation>Bereits zugewiesen:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>D&amp;NS name:</source>
        <translation>D&amp;NS-Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::JobDetailsPane</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag abbr&amp;echen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Beantragt von %1 am %2</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>No approval required.</source>
        <translation>Keine Freigabe erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approval(s); none yet.</source>
        <translation>
            <numerusform>Braucht %n Freigabe; noch keine erteilt.</numerusform>
            <numerusform>Braucht %n Freigaben; noch keine erteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by %1 (%2 of %3).</source>
        <translation>Freigegeben von %1 (%2 von %3).</translation>
    </message>
    <message>
        <source>Approve this job as %1</source>
        <translation>Diesen Auftrag als %1 freigeben</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>This job has produced no output yet.</source>
        <translation>Dieser Auftrag hat noch keine Ausgabe erzeugt.</translation>
    </message>
    <message>
        <source>Diff (%1)</source>
        <translation>Diff (%1)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>Targets (%1 of %2 done, %3 failed)</source>
        <translation>Ziele (%1 von %2 erledigt, %3 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Targets (%1 of %2 done)</source>
        <translation>Ziele (%1 von %2 erledigt)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled or interrupted</source>
        <translation>Abgebrochen oder unterbrochen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by target, intent, requester…</source>
        <translation>Nach Ziel, Zweck, Antragsteller filtern…</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation>%1 auf %2 erfolgreich.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 on %2 ended: %3.</source>
        <translation>%1 auf %2 beendet: %3.</translation>
    </message>
    <message>
        <source>OpsDeck jobs</source>
        <translation>OpsDeck-Aufträge</translation>
    </message>
    <message>
        <source>OpsDeck job finished</source>
        <translation>OpsDeck-Auftrag beendet</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::MainWindow</name>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another workspace folder</source>
        <translation>Einen anderen Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload Inventory</source>
        <translation>Inventar &amp;neu laden</translation>
    </message>
    <message>
        <source>Read the inventory again from the store</source>
        <translation>Das Inventar erneut aus dem Speicher lesen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search devices, racks, interfaces, IP addresses and serials</source>
        <translation>Geräte, Racks, Schnittstellen, IP-Adressen und Seriennummern durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Filter Devices</source>
        <translation>Geräte &amp;filtern</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;IP Address</source>
        <translation>&amp;IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Open in &amp;NetBox</source>
        <translation>In &amp;NetBox öffnen</translation>
    </message>
    <message>
        <source>Open the selected object in NetBox in the web browser</source>
        <translation>Das ausgewählte Objekt im Webbrowser in NetBox öffnen</translation>
    </message>
    <message>
        <source>Site &amp;Overview</source>
        <translation>Standort&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About OpsDeck</source>
        <translation>&amp;Über OpsDeck</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Focus %1</source>
        <translation>Fokus auf %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>%1 — OpsDeck</source>
        <translation>%1 — OpsDeck</translation>
    </message>
    <message>
        <source>Loading the inventory…</source>
        <translation>Inventar wird geladen…</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A background query failed: %1</source>
        <translation>Eine Hintergrundabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>%1 is not assigned to a device.</source>
        <translation>%1 ist keinem Gerät zugeordnet.</translation>
    </message>
    <message>
        <source>Overview: %1</source>
        <translation>Übersicht: %1</translation>
    </message>
    <message>
        <source>The selection has no primary IP address.</source>
        <translation>Die Auswahl hat keine primäre IP-Adresse.</translation>
    </message>
    <message>
        <source>No NetBox URL is configured for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist keine NetBox-URL eingerichtet.</translation>
    </message>
    <message>
        <source>Open in NetBox</source>
        <translation>In NetBox öffnen</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>Copy IP Address</source>
        <translation>IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Open Site Overview</source>
        <translation>Standortübersicht öffnen</translation>
    </message>
    <message>
        <source>Show Devices Here</source>
        <translation>Geräte hier anzeigen</translation>
    </message>
    <message>
        <source>About OpsDeck</source>
        <translation>Über OpsDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Operator console for network and data-centre operations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Bedienkonsole für Netzwerk- und Rechenzentrumsbetrieb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Racks</source>
        <translation>&amp;Racks</translation>
    </message>
    <message>
        <source>Show the rack elevation of the selected rack or device, or the racks of the site</source>
        <translation>Die Rackansicht des gewählten Racks oder Geräts oder die Racks des Standorts zeigen</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Show the topology of the selected site</source>
        <translation>Die Topologie des gewählten Standorts zeigen</translation>
    </message>
    <message>
        <source>Device Das&amp;hboard</source>
        <translation>Geräte-Das&amp;hboard</translation>
    </message>
    <message>
        <source>Show charts and live interface rates of the selected device</source>
        <translation>Diagramme und aktuelle Schnittstellenraten des gewählten Geräts zeigen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Open Racks</source>
        <translation>Racks öffnen</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>Open Rack Elevation</source>
        <translation>Rackansicht öffnen</translation>
    </message>
    <message>
        <source>The racks could not be loaded: %1</source>
        <translation>Die Racks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Rack: %1</source>
        <translation>Rack: %1</translation>
    </message>
    <message>
        <source>Racks: %1</source>
        <translation>Racks: %1</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Topology: %1</source>
        <translation>Topologie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n hop(s) around %1</source>
        <translation>
            <numerusform>Topologie: %n Sprung um %1</numerusform>
            <numerusform>Topologie: %n Sprünge um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>The interface is not in the inventory any more.</source>
        <translation>Die Schnittstelle ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Show in Rack</source>
        <translation>Im Rack zeigen</translation>
    </message>
    <message>
        <source>Show Topology Around</source>
        <translation>Topologie in der Umgebung zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n Sprung</numerusform>
            <numerusform>%n Sprünge</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Chart of %1 %2</source>
        <translation>Diagramm von %1 %2 zeigen</translation>
    </message>
    <message>
        <source>LLDP Audit</source>
        <translation>LLDP-Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) LLDP does not see were left out: the change set creates and updates objects but does not delete them. Remove them in NetBox after checking the links.</source>
        <translation>
            <numerusform>%n Kabel, das LLDP nicht sieht, wurde ausgelassen: Der Änderungssatz legt Objekte an und aktualisiert sie, löscht aber keine. Entfernen Sie es nach Prüfung der Verbindungen in NetBox.</numerusform>
            <numerusform>%n Kabel, die LLDP nicht sieht, wurden ausgelassen: Der Änderungssatz legt Objekte an und aktualisiert sie, löscht aber keine. Entfernen Sie sie nach Prüfung der Verbindungen in NetBox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Device…</source>
        <translation>Gerät bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) LLDP sees were left out: a port at one end is not an interface NetBox knows. Add the interface in NetBox, sync, and audit again.</source>
        <translation>
            <numerusform>%n von LLDP erkanntes Kabel wurde ausgelassen: Ein Port an einem Ende ist keine Schnittstelle, die NetBox kennt. Legen Sie die Schnittstelle in NetBox an, synchronisieren Sie und prüfen Sie erneut.</numerusform>
            <numerusform>%n von LLDP erkannte Kabel wurden ausgelassen: Ein Port an einem Ende ist keine Schnittstelle, die NetBox kennt. Legen Sie die Schnittstelle in NetBox an, synchronisieren Sie und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration &amp;History</source>
        <translation>Konfigurations&amp;verlauf</translation>
    </message>
    <message>
        <source>Show the backed-up configuration versions of the selected device and their differences</source>
        <translation>Die gesicherten Konfigurationsversionen des gewählten Geräts und ihre Unterschiede zeigen</translation>
    </message>
    <message>
        <source>Configuration History</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Run Commands…</source>
        <translation>Befehle &amp;ausführen…</translation>
    </message>
    <message>
        <source>&amp;Launch Workflow…</source>
        <translation>&amp;Workflow starten…</translation>
    </message>
    <message>
        <source>On the selected devices, or on the devices of a site, role or tag</source>
        <translation>Auf den ausgewählten Geräten oder auf den Geräten eines Standorts, einer Rolle oder eines Tags</translation>
    </message>
    <message>
        <source>O&amp;perations</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Run Commands…</source>
        <translation>Befehle ausführen…</translation>
    </message>
    <message>
        <source>Launch Workflow…</source>
        <translation>Workflow starten…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::McpConnectionForm</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Stored in the vault as %1; type to replace</source>
        <translation>Im Tresor als %1 gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Type the address of your Ciena MCP first.</source>
        <translation>Geben Sie zuerst die Adresse Ihres Ciena MCP ein.</translation>
    </message>
    <message>
        <source>Type the user name and the password to test the connection.</source>
        <translation>Geben Sie Benutzername und Passwort ein, um die Verbindung zu testen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::McpMatchReviewWidget</name>
    <message>
        <source>Unmatched only</source>
        <translation>Nur nicht zugeordnete</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Clear match</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>NetBox-Gerät</translation>
    </message>
    <message>
        <source>Match the selected element to:</source>
        <translation>Das ausgewählte Element zuordnen zu:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n network element(s) matched</source>
        <translation>
            <numerusform>%n Netzelement zugeordnet,</numerusform>
            <numerusform>%n Netzelemente zugeordnet,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>The matching could not be read or saved: %1</source>
        <translation>Die Zuordnung konnte nicht gelesen oder gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::MetricChartPanel</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow new samples (Home or a double click on a chart)</source>
        <translation>Neuen Messwerten folgen (Pos1 oder Doppelklick auf ein Diagramm)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: zoom to range · Shift+drag: pan</source>
        <translation>Rad: zoomen · Ziehen: auf Bereich zoomen · Umschalt+Ziehen: verschieben</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>CSV-Daten…</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Errors and discards</source>
        <translation>Fehler und verworfene Pakete</translation>
    </message>
    <message>
        <source>In errors</source>
        <translation>Eingangsfehler</translation>
    </message>
    <message>
        <source>Out errors</source>
        <translation>Ausgangsfehler</translation>
    </message>
    <message>
        <source>In discards</source>
        <translation>Eingang verworfen</translation>
    </message>
    <message>
        <source>Out discards</source>
        <translation>Ausgang verworfen</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Optische Leistung</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Paketverlust</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart data could not be loaded or saved: %1</source>
        <translation>Diagrammdaten konnten nicht geladen oder gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::NetboxConnectionForm</name>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>API token (Admin › API Tokens in NetBox)</source>
        <translation>API-Token (Admin › API Tokens in NetBox)</translation>
    </message>
    <message>
        <source>Recognise from the token</source>
        <translation>Am Token erkennen</translation>
    </message>
    <message>
        <source>v1 (Token …)</source>
        <translation>v1 (Token …)</translation>
    </message>
    <message>
        <source>v2 (Bearer nbt_…, NetBox 4.5+)</source>
        <translation>v2 (Bearer nbt_…, NetBox 4.5+)</translation>
    </message>
    <message>
        <source>Only for a private certificate authority</source>
        <translation>Nur für eine private Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Optional: certificate SHA-256 fingerprints, comma-separated</source>
        <translation>Optional: SHA-256-Fingerabdrücke der Zertifikate, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Token &amp;kind:</source>
        <translation>Token-T&amp;yp:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Ge&amp;pinntes Zertifikat:</translation>
    </message>
    <message>
        <source>Stored in the vault; type a new one to replace it</source>
        <translation>Im Tresor gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
    <message>
        <source>Type the address of your NetBox first.</source>
        <translation>Geben Sie zuerst die Adresse Ihrer NetBox-Instanz ein.</translation>
    </message>
    <message>
        <source>Type the API token to test the connection.</source>
        <translation>Geben Sie das API-Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::NewWorkspaceWizard</name>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>The workspace was not created: %1</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Name the workspace</source>
        <translation>Arbeitsbereich benennen</translation>
    </message>
    <message>
        <source>A workspace is one estate: its connections, credentials, inventory and plans.</source>
        <translation>Ein Arbeitsbereich entspricht einer Infrastruktur mit ihren Verbindungen, Anmeldedaten, ihrem Inventar und ihren Plänen.</translation>
    </message>
    <message>
        <source>e.g. Amsterdam DC or Customer X</source>
        <translation>z. B. RZ Amsterdam oder Kunde X</translation>
    </message>
    <message>
        <source>In OpsDeck&apos;s data folder (recommended)</source>
        <translation>Im Datenordner von OpsDeck (empfohlen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Empty Folder for the Workspace</source>
        <translation>Leerer Ordner für den Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>A workspace named %1 exists already.</source>
        <translation>Ein Arbeitsbereich namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Where the inventory is kept</source>
        <translation>Wo das Inventar gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Embedded (SQLite in the workspace folder; nothing to set up)</source>
        <translation>&amp;Eingebettet (SQLite im Arbeitsbereichsordner; keine Einrichtung nötig)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server shared by a team</source>
        <translation>&amp;PostgreSQL-Server, den ein Team gemeinsam nutzt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>✔ Connected to %1 on %2</source>
        <translation>✔ Verbunden mit %1 auf %2</translation>
    </message>
    <message>
        <source>Connect to NetBox</source>
        <translation>Mit NetBox verbinden</translation>
    </message>
    <message>
        <source>NetBox is the source of truth: OpsDeck mirrors its sites, racks, devices, cables and addresses. Releases 3.0 to 4.6 are supported.</source>
        <translation>NetBox ist die maßgebliche Datenquelle (Source of Truth): OpsDeck spiegelt die dortigen Standorte, Racks, Geräte, Kabel und Adressen. Unterstützt werden die Versionen 3.0 bis 4.6.</translation>
    </message>
    <message>
        <source>&amp;Connect to NetBox later</source>
        <translation>Erst &amp;später mit NetBox verbinden</translation>
    </message>
    <message>
        <source>Optical and monitoring sources (optional)</source>
        <translation>Optische und Monitoring-Quellen (optional)</translation>
    </message>
    <message>
        <source>Leave empty what you do not use; Workspace › Connections… changes it later.</source>
        <translation>Lassen Sie leer, was Sie nicht nutzen; unter Arbeitsbereich › Verbindungen… lässt es sich später ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRTG&lt;/b&gt; (import of devices and history)</source>
        <translation>&lt;b&gt;PRTG&lt;/b&gt; (Import von Geräten und Verlauf)</translation>
    </message>
    <message>
        <source>Protect the credentials</source>
        <translation>Anmeldedaten schützen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Passphrase wieder&amp;holen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Ordner: %2</translation>
    </message>
    <message>
        <source>OpsDeck&apos;s data folder</source>
        <translation>Datenordner von OpsDeck</translation>
    </message>
    <message>
        <source>Inventory on PostgreSQL %1/%2</source>
        <translation>Inventar auf PostgreSQL %1/%2</translation>
    </message>
    <message>
        <source>Inventory in the embedded store</source>
        <translation>Inventar im eingebetteten Speicher</translation>
    </message>
    <message>
        <source>NetBox %1: a full sync runs right after creation (you can cancel it)</source>
        <translation>NetBox %1: Direkt nach dem Anlegen läuft eine vollständige Synchronisierung (Sie können sie abbrechen)</translation>
    </message>
    <message>
        <source>NetBox: later, from Workspace › Connections…</source>
        <translation>NetBox: später, über Arbeitsbereich › Verbindungen…</translation>
    </message>
    <message>
        <source>Ciena MCP %1</source>
        <translation>Ciena MCP %1</translation>
    </message>
    <message>
        <source>PRTG %1</source>
        <translation>PRTG %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) go into the vault</source>
        <translation>
            <numerusform>%n vertraulicher Wert wird im Tresor abgelegt</numerusform>
            <numerusform>%n vertrauliche Werte werden im Tresor abgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ciena MCP&lt;/b&gt; (optical inventory, alarms and PM)</source>
        <translation>&lt;b&gt;Ciena MCP&lt;/b&gt; (optisches Inventar, Alarme und PM-Daten)</translation>
    </message>
    <message>
        <source>Tokens and passwords are kept encrypted in the workspace&apos;s vault, opened with this passphrase. It is never stored in clear; the login keychain can keep it for you.</source>
        <translation>Tokens und Passwörter werden verschlüsselt im Tresor des Arbeitsbereichs aufbewahrt, der mit dieser Passphrase geöffnet wird. Sie wird nie im Klartext gespeichert; der Anmelde-Schlüsselbund kann sie für Sie aufbewahren.</translation>
    </message>
    <message>
        <source>Re&amp;member it in the login keychain, so that the service unlocks the vault by itself</source>
        <translation>Im Anmelde-Schlüsselbund &amp;merken, damit der Dienst den Tresor selbst entsperrt</translation>
    </message>
    <message>
        <source>Where no keychain answers (a server or a minimal desktop), the passphrase is asked when the service starts.</source>
        <translation>Wo kein Schlüsselbund antwortet (auf einem Server oder einem minimalen Desktop), wird die Passphrase beim Start des Dienstes abgefragt.</translation>
    </message>
    <message>
        <source>The login keychain remembers the vault&apos;s passphrase, where one answers</source>
        <translation>Der Anmelde-Schlüsselbund merkt sich die Passphrase des Tresors, sofern einer antwortet</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::OperationsDialog</name>
    <message>
        <source>Configuration backup, four devices at a time</source>
        <translation>Konfigurationssicherung, vier Geräte gleichzeitig</translation>
    </message>
    <message>
        <source>Preview configuration lines (dry run, changes nothing)</source>
        <translation>Konfigurationszeilen vorab prüfen (Probelauf, ändert nichts)</translation>
    </message>
    <message>
        <source>Push configuration lines, one device at a time, rolled back on failure</source>
        <translation>Konfigurationszeilen übertragen, ein Gerät nach dem anderen, bei Fehler zurückgerollt</translation>
    </message>
    <message>
        <source>Run a command on each device in turn</source>
        <translation>Einen Befehl nacheinander auf jedem Gerät ausführen</translation>
    </message>
    <message>
        <source>Configuration lines, one a line (applied in configuration mode)</source>
        <translation>Konfigurationszeilen, eine pro Zeile (im Konfigurationsmodus angewendet)</translation>
    </message>
    <message>
        <source>The command to run on each device</source>
        <translation>Der auf jedem Gerät auszuführende Befehl</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Back up configuration now</source>
        <translation>Konfiguration jetzt sichern</translation>
    </message>
    <message>
        <source>Run commands</source>
        <translation>Befehle ausführen</translation>
    </message>
    <message>
        <source>Launch a workflow</source>
        <translation>Einen Workflow starten</translation>
    </message>
    <message>
        <source>Change ticket, e.g. CHG-1234 or its URL</source>
        <translation>Änderungsticket, z. B. CHG-1234 oder seine URL</translation>
    </message>
    <message>
        <source>Why (optional; shown with the job)</source>
        <translation>Grund (optional; wird mit dem Auftrag angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices &amp;matching:</source>
        <translation>&amp;Passende Geräte:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Fetches the running configuration of every device and stores it as the device&apos;s next version, with the difference to the previous one. Needs no approval unless the workspace&apos;s policy says so.</source>
        <translation>Ruft die laufende Konfiguration jedes Geräts ab und speichert sie als nächste Version des Geräts, mit dem Unterschied zur vorherigen. Benötigt keine Freigabe, sofern die Richtlinie des Arbeitsbereichs dies nicht vorsieht.</translation>
    </message>
    <message>
        <source>show version
show interfaces status</source>
        <translation>show version
show interfaces status</translation>
    </message>
    <message>
        <source>C&amp;ommands (one a line):</source>
        <translation>Be&amp;fehle (einer pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Beliebiger Standort</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Beliebige Rolle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Tag</translation>
    </message>
    <message>
        <source>Loading the workspace&apos;s devices…</source>
        <translation>Geräte des Arbeitsbereichs werden geladen…</translation>
    </message>
    <message>
        <source>No device matches this site, role and tag.</source>
        <translation>Kein Gerät passt zu diesem Standort, dieser Rolle und diesem Tag.</translation>
    </message>
    <message>
        <source>No device is selected.</source>
        <translation>Kein Gerät ist ausgewählt.</translation>
    </message>
    <message>
        <source>None of these devices has a primary IP address to connect to.</source>
        <translation>Keines dieser Geräte hat eine primäre IP-Adresse für die Verbindung.</translation>
    </message>
    <message>
        <source>The ticket is longer than %1 characters.</source>
        <translation>Das Ticket ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The ticket may not contain line breaks, tabs or other control characters.</source>
        <translation>Das Ticket darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the commands to run.</source>
        <translation>Geben Sie die auszuführenden Befehle ein.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected devices (%n)</source>
        <translation>
            <numerusform>&amp;Ausgewähltes Gerät (%n)</numerusform>
            <numerusform>&amp;Ausgewählte Geräte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no primary IP address, left out</source>
        <translation>%1 — keine primäre IP-Adresse, ausgelassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the operation; %1 without an address left out.</source>
        <translation>
            <numerusform>%n Gerät im Vorgang; %1 ohne Adresse ausgelassen.</numerusform>
            <numerusform>%n Geräte im Vorgang; %1 ohne Adresse ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the operation.</source>
        <translation>
            <numerusform>%n Gerät im Vorgang.</numerusform>
            <numerusform>%n Geräte im Vorgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only commands (show, display, ping, traceroute) run without approval; anything else is a configuration change.</source>
        <translation>Nur lesende Befehle (show, display, ping, traceroute) laufen ohne Freigabe; alles andere ist eine Konfigurationsänderung.</translation>
    </message>
    <message>
        <source>Read-only: not a configuration change, no change approval needed.</source>
        <translation>Nur lesend: keine Konfigurationsänderung, keine Änderungsfreigabe nötig.</translation>
    </message>
    <message>
        <source>Configuration change: submitted for approval as the workspace&apos;s policy for configuration pushes requires.</source>
        <translation>Konfigurationsänderung: wird zur Freigabe eingereicht, wie es die Richtlinie des Arbeitsbereichs für Konfigurationsübertragungen verlangt.</translation>
    </message>
    <message>
        <source>A configuration change: submitted for approval as the workspace&apos;s policy requires. Each device&apos;s progress shows in the Jobs dock.</source>
        <translation>Eine Konfigurationsänderung: wird zur Freigabe eingereicht, wie es die Richtlinie des Arbeitsbereichs verlangt. Der Fortschritt jedes Geräts wird im Bereich „Aufträge“ angezeigt.</translation>
    </message>
    <message>
        <source>Each device&apos;s progress shows in the Jobs dock.</source>
        <translation>Der Fortschritt jedes Geräts wird im Bereich „Aufträge“ angezeigt.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PlanExportDialog</name>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Device update</source>
        <translation>Geräteaktualisierung</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>New rack reservation</source>
        <translation>Neue Rackreservierung</translation>
    </message>
    <message>
        <source>Send Plan to NetBox Changes</source>
        <translation>Plan an die NetBox-Änderungen senden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>In NetBox</source>
        <translation>In NetBox</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Rolle wählen…</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Role of new devices:</source>
        <translation>Rolle neuer Geräte:</translation>
    </message>
    <message>
        <source>Status of new devices:</source>
        <translation>Status neuer Geräte:</translation>
    </message>
    <message>
        <source>Add to NetBox Changes</source>
        <translation>Zu den NetBox-Änderungen hinzufügen</translation>
    </message>
    <message>
        <source>The plan adds these edits to the change set; nothing is written to NetBox until the change set is pushed.</source>
        <translation>Der Plan fügt diese Änderungen dem Änderungssatz hinzu; in NetBox wird nichts geschrieben, bis der Änderungssatz übertragen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) will be added to NetBox Changes.</source>
        <translation>
            <numerusform>%n Änderung wird zu den NetBox-Änderungen hinzugefügt.</numerusform>
            <numerusform>%n Änderungen werden zu den NetBox-Änderungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this plan were sent before: remove them from NetBox Changes first, or new devices and reservations are created twice.</source>
        <translation>
            <numerusform>%n Änderung dieses Plans wurde bereits gesendet: Entfernen Sie sie zuerst aus den NetBox-Änderungen, sonst werden neue Geräte und Reservierungen doppelt angelegt.</numerusform>
            <numerusform>%n Änderungen dieses Plans wurden bereits gesendet: Entfernen Sie sie zuerst aus den NetBox-Änderungen, sonst werden neue Geräte und Reservierungen doppelt angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PrtgConnectionForm</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>or &amp;user:</source>
        <translation>oder &amp;Benutzer:</translation>
    </message>
    <message>
        <source>with &amp;passhash:</source>
        <translation>mit &amp;Passhash:</translation>
    </message>
    <message>
        <source>Setup › Account Settings › API Keys in PRTG</source>
        <translation>Setup › Account Settings › API Keys in PRTG</translation>
    </message>
    <message>
        <source>Stored in the vault as %1; type to replace</source>
        <translation>Im Tresor als %1 gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Type the address of your PRTG first.</source>
        <translation>Geben Sie zuerst die Adresse Ihres PRTG-Servers ein.</translation>
    </message>
    <message>
        <source>Type an API token, or a user and its passhash, to test the connection.</source>
        <translation>Geben Sie ein API-Token oder einen Benutzer mit seinem Passhash ein, um die Verbindung zu testen.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PrtgImportWizard</name>
    <message>
        <source>Host address</source>
        <translation>Hostadresse</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Connect to PRTG</source>
        <translation>Mit PRTG verbinden</translation>
    </message>
    <message>
        <source>The passhash or API token is kept in the workspace vault.</source>
        <translation>Der Passhash oder das API-Token wird im Tresor des Arbeitsbereichs aufbewahrt.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Passhash:</source>
        <translation>Passhash:</translation>
    </message>
    <message>
        <source>or API token:</source>
        <translation>oder API-Token:</translation>
    </message>
    <message>
        <source>Reading PRTG (%1)…</source>
        <translation>PRTG wird gelesen (%1)…</translation>
    </message>
    <message>
        <source>Could not read PRTG: %1</source>
        <translation>PRTG konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n sensor(s).</source>
        <translation>
            <numerusform>und %n Sensor gelesen.</numerusform>
            <numerusform>und %n Sensoren gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick groups and devices</source>
        <translation>Gruppen und Geräte auswählen</translation>
    </message>
    <message>
        <source>Group or device</source>
        <translation>Gruppe oder Gerät</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Review the mapping to NetBox</source>
        <translation>Zuordnung zu NetBox prüfen</translation>
    </message>
    <message>
        <source>PRTG device</source>
        <translation>PRTG-Gerät</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>NetBox-Gerät</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>Map the selected device to:</source>
        <translation>Das ausgewählte Gerät zuordnen zu:</translation>
    </message>
    <message>
        <source>Near matches: %1</source>
        <translation>Ähnliche Treffer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) without a NetBox device</source>
        <translation>
            <numerusform>%n Gerät ohne NetBox-Gerät</numerusform>
            <numerusform>%n Geräte ohne NetBox-Gerät</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Sensor translation</source>
        <translation>Übernahme der Sensoren</translation>
    </message>
    <message>
        <source>Ping, SNMP traffic and SNMP custom OID sensors become OpsDeck polling; the others have no equivalent.</source>
        <translation>Ping-, SNMP-Traffic- und SNMP-Custom-OID-Sensoren werden zu OpsDeck-Abfragen; die übrigen haben keine Entsprechung.</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>PRTG type</source>
        <translation>PRTG-Typ</translation>
    </message>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>No equivalent: %1</source>
        <translation>Keine Entsprechung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sensor(s) become OpsDeck polling</source>
        <translation>
            <numerusform>%n Sensor wird zur OpsDeck-Abfrage;</numerusform>
            <numerusform>%n Sensoren werden zu OpsDeck-Abfragen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no equivalent.</source>
        <translation>
            <numerusform>%n hat keine Entsprechung.</numerusform>
            <numerusform>%n haben keine Entsprechung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensor history</source>
        <translation>Sensorverlauf</translation>
    </message>
    <message>
        <source>From (UTC):</source>
        <translation>Von (UTC):</translation>
    </message>
    <message>
        <source>To (UTC):</source>
        <translation>Bis (UTC):</translation>
    </message>
    <message>
        <source>Import the history of the translated sensors into the metrics store (hourly averages)</source>
        <translation>Verlauf der übernommenen Sensoren in den Messwertspeicher importieren (Stundenmittelwerte)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was recorded.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import from PRTG</source>
        <translation>Import aus PRTG</translation>
    </message>
    <message>
        <source>ICMP ping</source>
        <translation>ICMP-Ping</translation>
    </message>
    <message>
        <source>SNMP interface traffic</source>
        <translation>SNMP-Schnittstellenverkehr</translation>
    </message>
    <message>
        <source>SNMP custom OID</source>
        <translation>SNMP-Custom-OID</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n polling definition(s)</source>
        <translation>
            <numerusform>Importiert: %n Abfragedefinition</numerusform>
            <numerusform>Importiert: %n Abfragedefinitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 on %2: %3</source>
        <translation>  %1 auf %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Mapped: %n device(s)</source>
        <translation>
            <numerusform>Zugeordnet: %n Gerät</numerusform>
            <numerusform>Zugeordnet: %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 → %2 (%3)</source>
        <translation>  %1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n item(s)</source>
        <translation>
            <numerusform>Übersprungen: %n Element</numerusform>
            <numerusform>Übersprungen: %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>History: %n sample(s)</source>
        <translation>
            <numerusform>Verlauf: %n Messwert</numerusform>
            <numerusform>Verlauf: %n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n sensor(s)</source>
        <translation>
            <numerusform>von %n Sensor</numerusform>
            <numerusform>von %n Sensoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Rack elevations</source>
        <translation>Rackansichten</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackHistoryView</name>
    <message>
        <source>Inventory as synced</source>
        <translation>Inventar wie synchronisiert</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackPainter</name>
    <message>
        <source>%1U</source>
        <translation>%1 HE</translation>
    </message>
    <message>
        <source>%1-inch</source>
        <translation>%1 Zoll</translation>
    </message>
    <message>
        <source>descending units</source>
        <translation>absteigende Einheiten</translation>
    </message>
    <message>
        <source>FRONT</source>
        <translation>VORNE</translation>
    </message>
    <message>
        <source>REAR</source>
        <translation>HINTEN</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>Reserviert: %1</translation>
    </message>
    <message>
        <source>%1 of %2U used · %3U free</source>
        <translation>%1 von %2 HE belegt · %3 HE frei</translation>
    </message>
    <message>
        <source>%1 / %2 kg</source>
        <translation>%1 / %2 kg</translation>
    </message>
    <message>
        <source>%1 / %2 W</source>
        <translation>%1 / %2 W</translation>
    </message>
    <message>
        <source>%1 (rear)</source>
        <translation>%1 (hinten)</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation>%1/%2 aktiv</translation>
    </message>
    <message>
        <source>PLANNED · %1</source>
        <translation>GEPLANT · %1</translation>
    </message>
    <message>
        <source>Colour by role:</source>
        <translation>Färbung nach Rolle:</translation>
    </message>
    <message>
        <source>Colour by %1:</source>
        <translation>Färbung nach %1:</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackPaletteDock</name>
    <message>
        <source>Device types</source>
        <translation>Gerätetypen</translation>
    </message>
    <message>
        <source>Search manufacturer or model</source>
        <translation>Hersteller oder Modell suchen</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackScene</name>
    <message numerus="yes">
        <source>%1 · %2 · %n rack(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Rack</numerusform>
            <numerusform>%1 · %2 · %n Racks</numerusform>
        </translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Bereich</translation>
    </message>
    <message>
        <source>U%1 %2</source>
        <translation>HE %1 %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackWorkspaceWidget</name>
    <message>
        <source>Plan history</source>
        <translation>Planverlauf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; saved.</source>
        <translation>Plan „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No saved plans in this workspace.</source>
        <translation>Keine gespeicherten Pläne in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; cannot be opened: %2</source>
        <translation>Plan „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; opened with problems: %2</source>
        <translation>Plan „%1“ mit Problemen geöffnet: %2</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; opened.</source>
        <translation>Plan „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation>Färbung nach %1</translation>
    </message>
    <message>
        <source>Highlight devices</source>
        <translation>Geräte hervorheben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>Plan speichern…</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Loading racks…</source>
        <translation>Racks werden geladen…</translation>
    </message>
    <message>
        <source>Rack data unavailable: %1</source>
        <translation>Rackdaten nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) match.</source>
        <translation>
            <numerusform>%n Gerät passt.</numerusform>
            <numerusform>%n Geräte passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Nicht platziert: %1</translation>
    </message>
    <message>
        <source>%1U free of %2U</source>
        <translation>%1 HE frei von %2 HE</translation>
    </message>
    <message>
        <source> · %1 of %2 kg</source>
        <translation> · %1 von %2 kg</translation>
    </message>
    <message>
        <source> · %1 of %2 W</source>
        <translation> · %1 von %2 W</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>Ein Export läuft.</translation>
    </message>
    <message>
        <source>Export racks</source>
        <translation>Racks exportieren</translation>
    </message>
    <message>
        <source>%1 — rack elevations</source>
        <translation>%1 — Rackansichten</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Planname:</translation>
    </message>
    <message>
        <source>Send Plan to NetBox Changes…</source>
        <translation>Plan an die NetBox-Änderungen senden…</translation>
    </message>
    <message>
        <source>Add the plan&apos;s moves, new devices and reservations to the NetBox change set</source>
        <translation>Die Verschiebungen, neuen Geräte und Reservierungen des Plans zum NetBox-Änderungssatz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Send Plan to NetBox Changes… (%n edit(s) sent)</source>
        <translation>
            <numerusform>Plan an die NetBox-Änderungen senden… (%n Änderung gesendet)</numerusform>
            <numerusform>Plan an die NetBox-Änderungen senden… (%n Änderungen gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no changes to send.</source>
        <translation>Der Plan enthält keine Änderungen zum Senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) added to NetBox Changes.</source>
        <translation>
            <numerusform>%n Änderung zu den NetBox-Änderungen hinzugefügt.</numerusform>
            <numerusform>%n Änderungen zu den NetBox-Änderungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rack the elevation shows</source>
        <translation>Das Rack, das die Rackansicht zeigt</translation>
    </message>
    <message>
        <source>%1 has no racks.</source>
        <translation>%1 hat keine Racks.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RemediationDialog</name>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Remediate %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>Change or incident reference, or its URL</source>
        <translation>Änderungs- oder Störungsnummer oder deren URL</translation>
    </message>
    <message>
        <source>Dry Run shows here how the device&apos;s configuration would change.</source>
        <translation>„Probelauf“ zeigt hier, wie sich die Konfiguration des Geräts ändern würde.</translation>
    </message>
    <message>
        <source>Ask the service for the diff these lines would make, without changing the device</source>
        <translation>Den Diff, den diese Zeilen erzeugen würden, vom Dienst abrufen, ohne das Gerät zu ändern</translation>
    </message>
    <message>
        <source>Submit the push: it waits for approval as the policy says, is verified and rolled back when the device does not take the lines</source>
        <translation>Die Übertragung einreichen: Sie wartet gemäß der Richtlinie auf Freigabe, wird überprüft und zurückgerollt, wenn das Gerät die Zeilen nicht übernimmt</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>&amp;Lines to push:</source>
        <translation>Zu übertragende &amp;Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Planned change:</source>
        <translation>Geplante Änderung:</translation>
    </message>
    <message>
        <source>There is nothing to push.</source>
        <translation>Es gibt nichts zu übertragen.</translation>
    </message>
    <message>
        <source>Asking the service for a dry run…</source>
        <translation>Probelauf wird beim Dienst angefordert…</translation>
    </message>
    <message>
        <source>Submitting the push…</source>
        <translation>Übertragung wird eingereicht…</translation>
    </message>
    <message>
        <source>Dry run %1 is under way.</source>
        <translation>Probelauf %1 läuft.</translation>
    </message>
    <message>
        <source>These lines would not change the device&apos;s configuration.</source>
        <translation>Diese Zeilen würden die Konfiguration des Geräts nicht ändern.</translation>
    </message>
    <message>
        <source>The dry run is done: Push submits these lines.</source>
        <translation>Der Probelauf ist abgeschlossen: „Übertragen“ reicht diese Zeilen ein.</translation>
    </message>
    <message>
        <source>Push %1 submitted; the Jobs dock follows it (approval, push, verification). The device is backed up and checked again when it ends.</source>
        <translation>Übertragung %1 eingereicht; der Bereich „Aufträge“ verfolgt sie (Freigabe, Übertragung, Überprüfung). Das Gerät wird nach Abschluss gesichert und erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RulePreviewWidget</name>
    <message numerus="yes">
        <source>Alarms over the last %n hour(s)</source>
        <translation>
            <numerusform>Alarme der letzten %n Stunde</numerusform>
            <numerusform>Alarme der letzten %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Preview what this rule would have raised over the stored metrics of the last 24 hours. Threshold, rate-of-change and optical power rules can be previewed.</source>
        <translation>Vorschau dessen, was diese Regel anhand der gespeicherten Messwerte der letzten 24 Stunden ausgelöst hätte. Eine Vorschau ist für Regeln der Arten Schwellwert, Änderungsrate und optische Leistung möglich.</translation>
    </message>
    <message>
        <source>Asking the service what the rule would have raised…</source>
        <translation>Der Dienst wird gefragt, was die Regel ausgelöst hätte…</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n hour(s)</source>
        <translation>
            <numerusform>In der letzten %n Stunde</numerusform>
            <numerusform>In den letzten %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored point(s)</source>
        <translation>
            <numerusform>%n gespeicherter Datenpunkt</numerusform>
            <numerusform>%n gespeicherte Datenpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 the service stored no values of this metric, so the rule would have raised nothing.</source>
        <translation>%1 hat der Dienst keine Werte dieses Messwerts gespeichert, daher hätte die Regel nichts ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 the rule would have raised no alarm (%2 of %n series read).</source>
        <translation>
            <numerusform>%1 hätte die Regel keinen Alarm ausgelöst (%2 von %n Zeitreihe gelesen).</numerusform>
            <numerusform>%1 hätte die Regel keinen Alarm ausgelöst (%2 von %n Zeitreihen gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 the rule would have raised %2 on %3; %4 (%5 of %n series read).</source>
        <translation>
            <numerusform>%1 hätte die Regel %2 für %3 ausgelöst; %4 (%5 von %n Zeitreihe gelesen).</numerusform>
            <numerusform>%1 hätte die Regel %2 für %3 ausgelöst; %4 (%5 von %n Zeitreihen gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device/object pair(s)</source>
        <translation>
            <numerusform>%n Gerät/Objekt-Paar</numerusform>
            <numerusform>%n Gerät/Objekt-Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still active at the end</source>
        <translation>
            <numerusform>%n am Ende noch aktiv</numerusform>
            <numerusform>%n am Ende noch aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>still active</source>
        <translation>noch aktiv</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ScheduleDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Backup Schedules</source>
        <translation>Sicherungszeitpläne</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Selected schedule</source>
        <translation>Ausgewählter Zeitplan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Runs of the selected schedule</source>
        <translation>Ausführungen des ausgewählten Zeitplans</translation>
    </message>
    <message>
        <source>Add a schedule that backs up every device once a day</source>
        <translation>Einen Zeitplan hinzufügen, der jedes Gerät einmal täglich sichert</translation>
    </message>
    <message>
        <source>Ask the service to run the selected schedule now</source>
        <translation>Den Dienst bitten, den ausgewählten Zeitplan jetzt auszuführen</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1.</source>
        <translation>Die Zeitpläne konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The schedules were not saved: %1</source>
        <translation>Die Zeitpläne wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved; the service runs the new schedules.</source>
        <translation>Gespeichert; der Dienst führt die neuen Zeitpläne aus.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>The service started a run of “%1”.</source>
        <translation>Der Dienst hat eine Ausführung von „%1“ gestartet.</translation>
    </message>
    <message>
        <source>The service could not do that</source>
        <translation>Der Dienst konnte das nicht ausführen</translation>
    </message>
    <message>
        <source>any site</source>
        <translation>beliebiger Standort</translation>
    </message>
    <message>
        <source>any role</source>
        <translation>beliebige Rolle</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>beliebiges Tag</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Täglich um</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>from each device&apos;s SSH credential profile</source>
        <translation>aus dem SSH-Profil jedes Geräts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>&amp;Jobs at once per site:</source>
        <translation>&amp;Gleichzeitige Aufträge pro Standort:</translation>
    </message>
    <message>
        <source>Retr&amp;ies of a failed device:</source>
        <translation>&amp;Wiederholungen bei fehlgeschlagenem Gerät:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>No backups are scheduled yet: Add one, then Save.</source>
        <translation>Noch keine Sicherungen geplant: Fügen Sie eine hinzu und speichern Sie dann.</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 unchanged, %4 failed</source>
        <translation>%1: %2 neu, %3 unverändert, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>after Save</source>
        <translation>nach dem Speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Ausführungen.</translation>
    </message>
    <message>
        <source>Save the schedule first</source>
        <translation>Speichern Sie zuerst den Zeitplan</translation>
    </message>
    <message>
        <source>Ask the service to run it now</source>
        <translation>Den Dienst bitten, ihn jetzt auszuführen</translation>
    </message>
    <message>
        <source>The service is not running</source>
        <translation>Der Dienst läuft nicht</translation>
    </message>
    <message>
        <source>Unsaved Schedules</source>
        <translation>Nicht gespeicherte Zeitpläne</translation>
    </message>
    <message>
        <source>The schedules have unsaved changes. Discard them?</source>
        <translation>Die Zeitpläne haben nicht gespeicherte Änderungen. Möchten Sie sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search devices, racks, sites, interfaces, IP addresses, serials…</source>
        <translation>Geräte, Racks, Standorte, Schnittstellen, IP-Adressen, Seriennummern suchen…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to jump · Esc to close</source>
        <translation>↑↓ auswählen · Eingabe springt hin · Esc schließt</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when OpsDeck starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von OpsDeck.</translation>
    </message>
    <message>
        <source>Metric (mm, kg, °C)</source>
        <translation>Metrisch (mm, kg, °C)</translation>
    </message>
    <message>
        <source>Imperial (in, lb, °F)</source>
        <translation>Angloamerikanisch (in, lb, °F)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Use the system proxy</source>
        <translation>System-Proxy verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>proxy.example.net</source>
        <translation>proxy.example.net</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Polling interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Polling timeout</source>
        <translation>Abfrage-Zeitlimit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>E&amp;inheiten:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Polling defaults</source>
        <translation>Standardwerte für Abfragen</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Notify me of new critical alarms</source>
        <translation>Bei neuen kritischen Alarmen &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>Also play a &amp;sound</source>
        <translation>Zusätzlich einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SiteOverviewPage</name>
    <message>
        <source>Site overview</source>
        <translation>Standortübersicht</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Rack space used</source>
        <translation>Belegter Rack-Platz</translation>
    </message>
    <message>
        <source>Circuits</source>
        <translation>Leitungen</translation>
    </message>
    <message>
        <source>Devices by role</source>
        <translation>Geräte nach Rolle</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>Geräte nach Status</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commit rate</source>
        <translation>Zugesicherte Rate</translation>
    </message>
    <message>
        <source>Far end</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Racks and space utilisation</source>
        <translation>Racks und Platzauslastung</translation>
    </message>
    <message>
        <source>Site not found</source>
        <translation>Standort nicht gefunden</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 rack units</source>
        <translation>%1 von %2 Höheneinheiten</translation>
    </message>
    <message>
        <source>the devices of %1</source>
        <translation>den Geräten von %1</translation>
    </message>
    <message>
        <source>Unusual now</source>
        <translation>Jetzt ungewöhnlich</translation>
    </message>
    <message>
        <source>The site&apos;s series that behave unlike they usually do at this hour of the week</source>
        <translation>Zeitreihen des Standorts, die sich anders verhalten als sonst zu dieser Stunde der Woche</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SyncPanel</name>
    <message>
        <source>Start &amp;full</source>
        <translation>Voll&amp;ständig starten</translation>
    </message>
    <message>
        <source>Start &amp;incremental</source>
        <translation>&amp;Inkrementell starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>%1 — workspace %2</source>
        <translation>%1 — Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SyncStatusWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: offline — working from the local store (%2)</source>
        <translation>%1: offline — Arbeit mit dem lokalen Speicher (%2)</translation>
    </message>
    <message>
        <source>%1: sync failed (%2)</source>
        <translation>%1: Synchronisierung fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Workspace %1
%2</source>
        <translation>Arbeitsbereich %1
%2</translation>
    </message>
    <message>
        <source>The local copy is stale; start a sync to refresh it.</source>
        <translation>Die lokale Kopie ist veraltet; starten Sie eine Synchronisierung, um sie zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TimeSeriesChartView</name>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TopologyScene</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, rack %2</source>
        <translation>%1, Rack %2</translation>
    </message>
    <message>
        <source>%1 → %2 %3 (%4)</source>
        <translation>%1 → %2 %3 (%4)</translation>
    </message>
    <message>
        <source> in %1, out %2</source>
        <translation> ein %1, aus %2</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d32f2f&apos;&gt;down&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d32f2f&apos;&gt;inaktiv&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more link(s)</source>
        <translation>
            <numerusform>… und %n weitere Verbindung</numerusform>
            <numerusform>… und %n weitere Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · LAG %1</source>
        <translation> · LAG %1</translation>
    </message>
    <message>
        <source> · circuit %1</source>
        <translation> · Leitung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s), %1 total</source>
        <translation>
            <numerusform>%n Kabel, %1 gesamt</numerusform>
            <numerusform>%n Kabel, %1 gesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>, planned</source>
        <translation>, geplant</translation>
    </message>
    <message>
        <source>: in %1, out %2</source>
        <translation>: ein %1, aus %2</translation>
    </message>
    <message>
        <source>: down</source>
        <translation>: inaktiv</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TopologyView</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use PNG, SVG or PDF.</source>
        <translation>Unbekanntes Exportformat „%1“: PNG, SVG oder PDF verwenden.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TopologyWidget</name>
    <message>
        <source>Create NetBox change set…</source>
        <translation>NetBox-Änderungssatz erstellen…</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Hierarchy by role</source>
        <translation>Hierarchie nach Rolle</translation>
    </message>
    <message>
        <source>Mesh (large graphs)</source>
        <translation>Netz (große Graphen)</translation>
    </message>
    <message>
        <source>Spring (small meshes)</source>
        <translation>Feder (kleine Netze)</translation>
    </message>
    <message>
        <source>Layout preset</source>
        <translation>Layout-Vorgabe</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Group by site</source>
        <translation>Nach Standort gruppieren</translation>
    </message>
    <message>
        <source>Group by location</source>
        <translation>Nach Bereich gruppieren</translation>
    </message>
    <message>
        <source>Group by rack</source>
        <translation>Nach Rack gruppieren</translation>
    </message>
    <message>
        <source>Hops: </source>
        <translation>Sprünge: </translation>
    </message>
    <message>
        <source>Find device, IP, role or rack…</source>
        <translation>Gerät, IP, Rolle oder Rack suchen…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Alle lösen</translation>
    </message>
    <message>
        <source>Forget dragged positions and lay the graph out again</source>
        <translation>Gezogene Positionen vergessen und den Graphen neu anordnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>LLDP audit</source>
        <translation>LLDP-Prüfung</translation>
    </message>
    <message>
        <source>The layout failed: %1</source>
        <translation>Das Layout ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The saved layout could not be read: %1</source>
        <translation>Das gespeicherte Layout konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The topology could not be loaded: %1</source>
        <translation>Die Topologie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The layout could not be saved: %1</source>
        <translation>Das Layout konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No device matches &quot;%1&quot;.</source>
        <translation>Kein Gerät passt zu „%1“.</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>Export topology</source>
        <translation>Topologie exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the topology…</source>
        <translation>Topologie wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n device(s)…</source>
        <translation>
            <numerusform>%n Gerät wird angeordnet…</numerusform>
            <numerusform>%n Geräte werden angeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n Kabel</numerusform>
            <numerusform>%n Kabel</numerusform>
        </translation>
    </message>
    <message>
        <source>LLDP: %1 agree, %2 differ</source>
        <translation>LLDP: %1 stimmen überein, %2 weichen ab</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::UnlockVaultDialog</name>
    <message>
        <source>The login keychain holds a passphrase for this vault, but %1.</source>
        <translation>Der Anmelde-Schlüsselbund enthält eine Passphrase für diesen Tresor, aber %1.</translation>
    </message>
    <message>
        <source>The login keychain holds the vault&apos;s passphrase: the service unlocks the vault by itself when it starts.</source>
        <translation>Der Anmelde-Schlüsselbund enthält die Passphrase des Tresors: Der Dienst entsperrt den Tresor beim Start selbst.</translation>
    </message>
    <message>
        <source>The login keychain can remember the vault&apos;s passphrase, so that the service unlocks the vault by itself.</source>
        <translation>Der Anmelde-Schlüsselbund kann sich die Passphrase des Tresors merken, damit der Dienst den Tresor selbst entsperrt.</translation>
    </message>
    <message>
        <source>No keychain answers on this desktop (%1): the vault&apos;s passphrase is asked each time the service starts.</source>
        <translation>Auf diesem Desktop antwortet kein Schlüsselbund (%1): Die Passphrase des Tresors wird bei jedem Start des Dienstes abgefragt.</translation>
    </message>
    <message>
        <source>The service is asking the login keychain…</source>
        <translation>Der Dienst fragt den Anmelde-Schlüsselbund ab…</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the login keychain</source>
        <translation>Passphrase im Anmelde-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new vault of this workspace. It encrypts the workspace&apos;s credentials; nobody can recover them without it.</source>
        <translation>Wählen Sie eine Passphrase für den neuen Tresor dieses Arbeitsbereichs. Sie verschlüsselt die Anmeldedaten des Arbeitsbereichs; ohne die Passphrase kann niemand sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Passphrase of this workspace&apos;s vault:</source>
        <translation>Passphrase des Tresors dieses Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Passphrase wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::UnusualNowPanel</name>
    <message>
        <source>Unusual now</source>
        <translation>Jetzt ungewöhnlich</translation>
    </message>
    <message>
        <source>Series that behave unlike they usually do at this hour of the week</source>
        <translation>Zeitreihen, die sich anders verhalten als sonst zu dieser Stunde der Woche</translation>
    </message>
    <message>
        <source>Unusual behaviour is not available: the console is not connected to the OpsDeck service.</source>
        <translation>Ungewöhnliches Verhalten ist nicht verfügbar: Die Konsole ist nicht mit dem OpsDeck-Dienst verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>There are no devices here to analyse.</source>
        <translation>Hier gibt es keine Geräte zu analysieren.</translation>
    </message>
    <message>
        <source>Nothing unusual on %1 right now.</source>
        <translation>Derzeit nichts Ungewöhnliches bei %1.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ViewArea</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::WelcomePage</name>
    <message>
        <source>Welcome to OpsDeck</source>
        <translation>Willkommen bei OpsDeck</translation>
    </message>
    <message>
        <source>See and change your estate: racks, topology, live metrics and change jobs, with NetBox as the source of truth.</source>
        <translation>Sehen und ändern Sie Ihre Infrastruktur: Racks, Topologie, Live-Messwerte und Änderungsaufträge, mit NetBox als maßgeblicher Datenquelle.</translation>
    </message>
    <message>
        <source>Connect to NetBox</source>
        <translation>Mit NetBox verbinden</translation>
    </message>
    <message>
        <source>Create a workspace for your estate: NetBox address and token, then a first sync.</source>
        <translation>Legen Sie einen Arbeitsbereich für Ihre Infrastruktur an: NetBox-Adresse und -Token, dann eine erste Synchronisierung.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Demo erkunden</translation>
    </message>
    <message>
        <source>A generated estate of three sites with live metrics; nothing to set up.</source>
        <translation>Eine generierte Infrastruktur mit drei Standorten und Live-Messwerten; keine Einrichtung nötig.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>A workspace a colleague shared or one kept elsewhere.</source>
        <translation>Ein Arbeitsbereich, den ein Kollege geteilt hat oder der an einem anderen Ort liegt.</translation>
    </message>
    <message>
        <source>Your workspaces:</source>
        <translation>Ihre Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>ServiceErrorText</name>
    <message>
        <source>the OpsDeck service is not reachable</source>
        <translation>der OpsDeck-Dienst ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>what failed and why</comment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Decommissioning</source>
        <translation>Wird stillgelegt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird eingerichtet</translation>
    </message>
</context>
</TS>
