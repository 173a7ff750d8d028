<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- SPDX-FileCopyrightText: OpsDeck contributors -->
<TS version="2.1" language="fr">
    <context>
        <name>OpsDeck::Models::DeviceTableModel</name>
        <message>
            <source>U%1</source>
            <translation>U%1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>Baie</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Manufacturer</source>
            <translation>Fabricant</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Primary IP</source>
            <translation>IP principale</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>N° d'inventaire</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Locataire</translation>
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
            <translation>Désactivée</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 (management only)</source>
            <translation>%1 (gestion uniquement)</translation>
        </message>
        <message>
            <source>Cable %1 · %2</source>
            <translation>Câble %1 · %2</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Connected to</source>
            <translation>Connectée à</translation>
        </message>
        <message>
            <source>IP addresses</source>
            <translation>Adresses IP</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Models::InventoryService</name>
        <message>
            <source>Preparing the demo workspace</source>
            <translation>Préparation de l'espace de travail de démonstration</translation>
        </message>
        <message>
            <source>Opening the workspace</source>
            <translation>Ouverture de l'espace de travail</translation>
        </message>
        <message>
            <source>Loading the inventory</source>
            <translation>Chargement de l'inventaire</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Models::LogModel</name>
        <message>
            <source>Debug</source>
            <translation>Débogage</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Models::NavigationTreeModel</name>
        <message>
            <source>(unnamed device %1)</source>
            <translation>(équipement sans nom %1)</translation>
        </message>
        <message>
            <source>U%1</source>
            <translation>U%1</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>Baie</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Équipement</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n équipement</numerusform>
                <numerusform>%n équipements</numerusform>
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
            <translation>Nom</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Équipements</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Models::RackTableModel</name>
        <message>
            <source>%1U</source>
            <translation>%1U</translation>
        </message>
        <message>
            <source>%1 of %2U · %3%</source>
            <translation>%1 sur %2U · %3 %</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>Baie</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Space used</source>
            <translation>Espace occupé</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Models::SearchResultModel</name>
        <message>
            <source>Device</source>
            <translation>Équipement</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>Baie</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Adresse IP</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
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
            <translation>Détails de l'objet</translation>
        </message>
        <message>
            <source>Select a device in the tree, the table or the search (Ctrl+K) to see its details.</source>
            <translation>Sélectionnez un équipement dans l'arborescence, le tableau ou la recherche (Ctrl+K) pour voir ses détails.</translation>
        </message>
        <message>
            <source>Open in NetBox</source>
            <translation>Ouvrir dans NetBox</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Rack</source>
            <translation>Baie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Primary IP</source>
            <translation>IP principale</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>N° d'inventaire</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Locataire</translation>
        </message>
        <message>
            <source>Airflow</source>
            <translation>Flux d'air</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>Interfaces</translation>
        </message>
        <message>
            <source>Neighbours</source>
            <translation>Voisins</translation>
        </message>
        <message>
            <source>Neighbour</source>
            <translation>Voisin</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Local ports</source>
            <translation>Ports locaux</translation>
        </message>
        <message>
            <source>No NetBox URL is configured for this workspace.</source>
            <translation>Aucune URL NetBox n'est configurée pour cet espace de travail.</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Chargement de %1…</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 · U%2</source>
            <translation>%1 · U%2</translation>
        </message>
        <message>
            <source>%1 · U%2 · %3</source>
            <translation>%1 · U%2 · %3</translation>
        </message>
        <message>
            <source>rear</source>
            <translation>arrière</translation>
        </message>
        <message>
            <source>front</source>
            <translation>avant</translation>
        </message>
        <message>
            <source>%1 · bay %2</source>
            <translation>%1 · baie %2</translation>
        </message>
        <message>
            <source>%1 (%2U)</source>
            <translation>%1 (%2U)</translation>
        </message>
        <message>
            <source>Interfaces (%1)</source>
            <translation>Interfaces (%1)</translation>
        </message>
        <message>
            <source>Neighbours (%1)</source>
            <translation>Voisins (%1)</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Widgets::DeviceTablePanel</name>
        <message>
            <source>Filter by name, role, type, platform, IP, serial or asset tag</source>
            <translation>Filtrer par nom, rôle, type, plateforme, IP, n° de série ou n° d'inventaire</translation>
        </message>
        <message>
            <source>Device filter</source>
            <translation>Filtre des équipements</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Équipements</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n équipement</numerusform>
                <numerusform>%n équipements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n device(s)</source>
            <translation>
                <numerusform>%1 sur %n équipement</numerusform>
                <numerusform>%1 sur %n équipements</numerusform>
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
            <translation>Ouverture de l'espace de travail…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <source>Open another workspace folder</source>
            <translation>Ouvrir un autre dossier d'espace de travail</translation>
        </message>
        <message>
            <source>&amp;Reload Inventory</source>
            <translation>&amp;Recharger l'inventaire</translation>
        </message>
        <message>
            <source>Read the inventory again from the store</source>
            <translation>Relire l'inventaire depuis la base</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>Search devices, racks, interfaces, IP addresses and serials</source>
            <translation>Rechercher des équipements, baies, interfaces, adresses IP et numéros de série</translation>
        </message>
        <message>
            <source>&amp;Filter Devices</source>
            <translation>&amp;Filtrer les équipements</translation>
        </message>
        <message>
            <source>Copy &amp;Name</source>
            <translation>Copier le &amp;nom</translation>
        </message>
        <message>
            <source>Copy &amp;IP Address</source>
            <translation>Copier l'adresse &amp;IP</translation>
        </message>
        <message>
            <source>Show &amp;Details</source>
            <translation>Afficher les &amp;détails</translation>
        </message>
        <message>
            <source>Open in &amp;NetBox</source>
            <translation>Ouvrir dans &amp;NetBox</translation>
        </message>
        <message>
            <source>Open the selected object in NetBox in the web browser</source>
            <translation>Ouvrir l'objet sélectionné dans NetBox avec le navigateur</translation>
        </message>
        <message>
            <source>Site &amp;Overview</source>
            <translation>&amp;Vue d'ensemble du site</translation>
        </message>
        <message>
            <source>&amp;Close Tab</source>
            <translation>&amp;Fermer l'onglet</translation>
        </message>
        <message>
            <source>&amp;Reset Layout</source>
            <translation>Réinitialiser la &amp;disposition</translation>
        </message>
        <message>
            <source>&amp;About OpsDeck</source>
            <translation>&amp;À propos d’OpsDeck</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <source>Event Log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <source>Focus %1</source>
            <translation>Aller à %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Object</source>
            <translation>&amp;Objet</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Background jobs</source>
            <translation>Tâches d'arrière-plan</translation>
        </message>
        <message>
            <source>No workspace</source>
            <translation>Aucun espace de travail</translation>
        </message>
        <message>
            <source>NetBox: not configured</source>
            <translation>NetBox : non configuré</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>%1 — OpsDeck</source>
            <translation>%1 — OpsDeck</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>Espace de travail : %1</translation>
        </message>
        <message>
            <source>NetBox: %1 · not synced in this session</source>
            <translation>NetBox : %1 · non synchronisé pendant cette session</translation>
        </message>
        <message>
            <source>Loading the inventory…</source>
            <translation>Chargement de l'inventaire…</translation>
        </message>
        <message>
            <source>The workspace could not be opened: %1</source>
            <translation>L'espace de travail n'a pas pu être ouvert : %1</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <source>A background query failed: %1</source>
            <translation>Une requête d'arrière-plan a échoué : %1</translation>
        </message>
        <message>
            <source>Preparing the demo workspace…</source>
            <translation>Préparation de l'espace de travail de démonstration…</translation>
        </message>
        <message>
            <source>%1 of %2 objects</source>
            <translation>%1 objets sur %2</translation>
        </message>
        <message numerus="yes">
            <source>%n background job(s) running</source>
            <translation>
                <numerusform>%n tâche d'arrière-plan en cours</numerusform>
                <numerusform>%n tâches d'arrière-plan en cours</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 sites · %3 racks · %4 devices · %5 interfaces</source>
            <translation>%1 · %2 sites · %3 baies · %4 équipements · %5 interfaces</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>Dans %1</translation>
        </message>
        <message>
            <source>%1 is not assigned to a device.</source>
            <translation>%1 n'est attribué à aucun équipement.</translation>
        </message>
        <message>
            <source>Overview: %1</source>
            <translation>Vue d’ensemble : %1</translation>
        </message>
        <message>
            <source>The selection has no primary IP address.</source>
            <translation>La sélection n'a pas d'adresse IP principale.</translation>
        </message>
        <message>
            <source>No NetBox URL is configured for this workspace.</source>
            <translation>Aucune URL NetBox n'est configurée pour cet espace de travail.</translation>
        </message>
        <message>
            <source>Open in NetBox</source>
            <translation>Ouvrir dans NetBox</translation>
        </message>
        <message>
            <source>No web browser could open %1.</source>
            <translation>Aucun navigateur n'a pu ouvrir %1.</translation>
        </message>
        <message>
            <source>Copy Name</source>
            <translation>Copier le nom</translation>
        </message>
        <message>
            <source>Copy IP Address</source>
            <translation>Copier l'adresse IP</translation>
        </message>
        <message>
            <source>Show Details</source>
            <translation>Afficher les détails</translation>
        </message>
        <message>
            <source>Open Site Overview</source>
            <translation>Ouvrir la vue d'ensemble du site</translation>
        </message>
        <message>
            <source>Show Devices Here</source>
            <translation>Afficher les équipements ici</translation>
        </message>
        <message>
            <source>About OpsDeck</source>
            <translation>À propos d’OpsDeck</translation>
        </message>
        <message>
            <source>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Operator console for network and data-centre operations.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Console d'exploitation pour les réseaux et les centres de données.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Widgets::SearchPopup</name>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Search devices, racks, sites, interfaces, IP addresses, serials…</source>
            <translation>Rechercher équipements, baies, sites, interfaces, adresses IP, n° de série…</translation>
        </message>
        <message>
            <source>Search query</source>
            <translation>Texte recherché</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to jump · Esc to close</source>
            <translation>↑↓ pour choisir · Entrée pour y aller · Échap pour fermer</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Widgets::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>A new language applies when OpsDeck starts again.</source>
            <translation>Une nouvelle langue s'applique au prochain démarrage d'OpsDeck.</translation>
        </message>
        <message>
            <source>Metric (mm, kg, °C)</source>
            <translation>Métrique (mm, kg, °C)</translation>
        </message>
        <message>
            <source>Imperial (in, lb, °F)</source>
            <translation>Impérial (in, lb, °F)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Use the system proxy</source>
            <translation>Utiliser le proxy du système</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Aucun proxy</translation>
        </message>
        <message>
            <source>Manual proxy</source>
            <translation>Proxy manuel</translation>
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
            <translation>Hôte du proxy</translation>
        </message>
        <message>
            <source>Proxy port</source>
            <translation>Port du proxy</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Polling interval</source>
            <translation>Intervalle d'interrogation</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Polling timeout</source>
            <translation>Délai d'interrogation</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Apparence :</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>&amp;Unités :</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>&amp;Proxy:</source>
            <translation>&amp;Proxy :</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Hôte :</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>Polling defaults</source>
            <translation>Valeurs par défaut de l'interrogation</translation>
        </message>
        <message>
            <source>&amp;Interval:</source>
            <translation>&amp;Intervalle :</translation>
        </message>
        <message>
            <source>&amp;Timeout:</source>
            <translation>&amp;Délai :</translation>
        </message>
    </context>
    <context>
        <name>OpsDeck::Widgets::SiteOverviewPage</name>
        <message>
            <source>Site overview</source>
            <translation>Vue d'ensemble du site</translation>
        </message>
        <message>
            <source>Racks</source>
            <translation>Baies</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Rack space used</source>
            <translation>Espace de baie occupé</translation>
        </message>
        <message>
            <source>Circuits</source>
            <translation>Circuits</translation>
        </message>
        <message>
            <source>Devices by role</source>
            <translation>Équipements par rôle</translation>
        </message>
        <message>
            <source>Devices by status</source>
            <translation>Équipements par état</translation>
        </message>
        <message>
            <source>Circuit</source>
            <translation>Circuit</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Commit rate</source>
            <translation>Débit garanti</translation>
        </message>
        <message>
            <source>Far end</source>
            <translation>Extrémité distante</translation>
        </message>
        <message>
            <source>Racks and space utilisation</source>
            <translation>Baies et taux d'occupation</translation>
        </message>
        <message>
            <source>Site not found</source>
            <translation>Site introuvable</translation>
        </message>
        <message>
            <source>No role</source>
            <translation>Aucun rôle</translation>
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
            <translation>%1 unités de baie sur %2</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifié</translation>
        </message>
        <message>
            <source>Staged</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <source>Staging</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>En panne</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>En stock</translation>
        </message>
        <message>
            <source>Decommissioning</source>
            <translation>En cours de retrait</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Reserved</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Deprecated</source>
            <translation>Obsolète</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Decommissioned</source>
            <translation>Retiré du service</translation>
        </message>
        <message>
            <source>Provisioning</source>
            <translation>En cours de mise en service</translation>
        </message>
    </context>
</TS>
