<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- SPDX-FileCopyrightText: OpsDeck contributors -->
<TS version="2.1" language="de">
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
            <translation>%1 wird geladen …</translation>
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
        <name>OpsDeck::Widgets::MainWindow</name>
        <message>
            <source>OpsDeck</source>
            <translation>OpsDeck</translation>
        </message>
        <message>
            <source>Opening the workspace…</source>
            <translation>Arbeitsbereich wird geöffnet …</translation>
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
            <source>&amp;Open Workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen …</translation>
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
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Suchen …</translation>
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
            <source>%1 — OpsDeck</source>
            <translation>%1 — OpsDeck</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Arbeitsbereich: %1</translation>
        </message>
        <message>
            <source>NetBox: %1 · not synced in this session</source>
            <translation>NetBox: %1 · in dieser Sitzung nicht abgeglichen</translation>
        </message>
        <message>
            <source>Loading the inventory…</source>
            <translation>Inventar wird geladen …</translation>
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
            <translation>Demo-Arbeitsbereich wird vorbereitet …</translation>
        </message>
        <message>
            <source>%1 of %2 objects</source>
            <translation>%1 von %2 Objekten</translation>
        </message>
        <message numerus="yes">
            <source>%n background job(s) running</source>
            <translation>
                <numerusform>%n Hintergrundauftrag läuft</numerusform>
                <numerusform>%n Hintergrundaufträge laufen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 sites · %3 racks · %4 devices · %5 interfaces</source>
            <translation>%1 · %2 Standorte · %3 Racks · %4 Geräte · %5 Schnittstellen</translation>
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
    </context>
    <context>
        <name>OpsDeck::Widgets::SearchPopup</name>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Search devices, racks, sites, interfaces, IP addresses, serials…</source>
            <translation>Geräte, Racks, Standorte, Schnittstellen, IP-Adressen, Seriennummern suchen …</translation>
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
