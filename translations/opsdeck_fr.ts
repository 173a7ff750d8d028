<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- SPDX-FileCopyrightText: OpsDeck contributors -->
<TS version="2.1" language="fr">
<context>
    <name>AlarmStyle</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>Mise en attente levée</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>De nouveau signalée</translation>
    </message>
    <message>
        <source>Flapping started</source>
        <translation>Début d’oscillation</translation>
    </message>
    <message>
        <source>Flapping stopped</source>
        <translation>Fin d’oscillation</translation>
    </message>
    <message>
        <source>Grouped under a root cause</source>
        <translation>Regroupée sous une cause racine</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Dégroupée</translation>
    </message>
    <message>
        <source>Maintenance started</source>
        <translation>Début de la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <translation>Fin de la fenêtre de maintenance</translation>
    </message>
</context>
<context>
    <name>JobStyle</name>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rollback effectué</translation>
    </message>
    <message>
        <source>Config backup</source>
        <translation>Sauvegarde de configuration</translation>
    </message>
    <message>
        <source>Config push</source>
        <translation>Déploiement de configuration</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>NetBox change set</source>
        <translation>Ensemble de modifications NetBox</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Only jobs awaiting approval can be approved.</source>
        <translation>Seules les tâches en attente d’approbation peuvent être approuvées.</translation>
    </message>
    <message>
        <source>No user name is known for approving.</source>
        <translation>Aucun nom d’utilisateur n’est connu pour l’approbation.</translation>
    </message>
    <message>
        <source>You have already approved this job.</source>
        <translation>Vous avez déjà approuvé cette tâche.</translation>
    </message>
    <message>
        <source>This job needs two approvals by users other than its requester.</source>
        <translation>Cette tâche nécessite deux approbations d’utilisateurs autres que son demandeur.</translation>
    </message>
    <message>
        <source>the service did not answer</source>
        <translation>le service n’a pas répondu</translation>
    </message>
    <message>
        <source>the service does not know this job</source>
        <translation>le service ne connaît pas cette tâche</translation>
    </message>
    <message>
        <source>the service refused this console</source>
        <translation>le service a refusé cette console</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not load the job list: %1.</source>
        <translation>Impossible de charger la liste des tâches : %1.</translation>
    </message>
    <message>
        <source>Could not load the job&apos;s details: %1.</source>
        <translation>Impossible de charger les détails de la tâche : %1.</translation>
    </message>
    <message>
        <source>The approval was refused: %1.</source>
        <translation>L’approbation a été refusée : %1.</translation>
    </message>
    <message>
        <source>The job could not be cancelled: %1.</source>
        <translation>La tâche n’a pas pu être annulée : %1.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <source>The service did not take the job: %1.</source>
        <translation>Le service n’a pas accepté la tâche : %1.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::AlarmFeature</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Alarms &amp;Tab</source>
        <translation>Onglet des &amp;alarmes</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s active alarms in a tab</source>
        <translation>Afficher les alarmes actives de l’espace de travail dans un onglet</translation>
    </message>
    <message>
        <source>Alarm &amp;Rules…</source>
        <translation>&amp;Règles d’alarme…</translation>
    </message>
    <message>
        <source>Edit the workspace&apos;s alarm rules and preview them on the last 24 hours</source>
        <translation>Modifier les règles d’alarme de l’espace de travail et en afficher l’aperçu sur les dernières 24 heures</translation>
    </message>
    <message>
        <source>Open a workspace to edit its alarm rules.</source>
        <translation>Ouvrez un espace de travail pour modifier ses règles d’alarme.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::BackupFeature</name>
    <message>
        <source>&amp;Backup Schedules…</source>
        <translation>Pla&amp;nifications de sauvegarde…</translation>
    </message>
    <message>
        <source>Search &amp;Configurations…</source>
        <translation>Rechercher dans les confi&amp;gurations…</translation>
    </message>
    <message>
        <source>Schedule configuration backups by site, role or tag and see their runs</source>
        <translation>Planifier des sauvegardes de configuration par site, rôle ou étiquette et consulter leurs exécutions</translation>
    </message>
    <message>
        <source>Search the latest backed-up configuration of every device</source>
        <translation>Rechercher dans la dernière configuration sauvegardée de chaque équipement</translation>
    </message>
    <message>
        <source>Open a workspace to schedule its backups.</source>
        <translation>Ouvrez un espace de travail pour planifier ses sauvegardes.</translation>
    </message>
    <message>
        <source>Configuration Search</source>
        <translation>Recherche dans les configurations</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::ComplianceFeature</name>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Conformité</translation>
    </message>
    <message>
        <source>Check Com&amp;pliance Now</source>
        <translation>&amp;Vérifier la conformité maintenant</translation>
    </message>
    <message>
        <source>Show each device&apos;s compliance with the rules, its intended configuration and its target software version</source>
        <translation>Afficher la conformité de chaque équipement aux règles, sa configuration prévue et sa version logicielle cible</translation>
    </message>
    <message>
        <source>Ask the service to check every device&apos;s compliance now</source>
        <translation>Demander au service de vérifier maintenant la conformité de chaque équipement</translation>
    </message>
    <message>
        <source>The OpsDeck service is not running: compliance cannot be checked.</source>
        <translation>Le service OpsDeck n’est pas démarré : la conformité ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The dry run %1 failed: %2</source>
        <translation>La simulation %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::FeatureWiring</name>
    <message>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::NetBoxEditLauncher</name>
    <message>
        <source>Edit Device</source>
        <translation>Modifier l’équipement</translation>
    </message>
    <message>
        <source>The choices could not be read: %1</source>
        <translation>Les valeurs possibles n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Connect Cable</source>
        <translation>Connecter un câble</translation>
    </message>
    <message>
        <source>The devices of the site could not be read: %1</source>
        <translation>Les équipements du site n’ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::OperationLauncher</name>
    <message>
        <source>%1 submitted: %2</source>
        <translation>%1 — soumis : %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::WorkspaceController</name>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create a workspace for your estate and connect it to NetBox</source>
        <translation>Créer un espace de travail pour votre parc et le connecter à NetBox</translation>
    </message>
    <message>
        <source>Recent &amp;Workspaces</source>
        <translation>&amp;Espaces de travail récents</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>C&amp;redentials…</source>
        <translation>&amp;Identifiants…</translation>
    </message>
    <message>
        <source>&amp;Unlock Vault…</source>
        <translation>&amp;Déverrouiller le coffre-fort…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>The vault of this workspace is locked: its service cannot sync with NetBox, poll devices or run jobs that need credentials until it is unlocked.</source>
        <translation>Le coffre-fort de cet espace de travail est verrouillé : tant qu’il ne sera pas déverrouillé, son service ne pourra ni se synchroniser avec NetBox, ni interroger les équipements, ni exécuter les tâches qui nécessitent des identifiants.</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Déverrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>That is not the passphrase of this vault; it stays locked.</source>
        <translation>Ce n’est pas la phrase secrète de ce coffre-fort ; il reste verrouillé.</translation>
    </message>
    <message>
        <source>Starting the workspace&apos;s service…</source>
        <translation>Démarrage du service de l’espace de travail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First Sync</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>The workspace is created, but the first sync did not complete: %1

Fix the connection in Workspace › Connections… and sync again from Tools › NetBox Sync.</source>
        <translation>L’espace de travail est créé, mais la première synchronisation n’a pas abouti : %1

Corrigez la connexion dans Espace de travail › Connexions…, puis relancez la synchronisation depuis Outils › Synchronisation NetBox.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 n’a pas été enregistré : %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau de clés</translation>
    </message>
    <message>
        <source>The vault is unlocked, but %1. Its passphrase will be asked again when the service restarts.</source>
        <translation>Le coffre-fort est déverrouillé, mais %1. Sa phrase secrète sera redemandée au prochain redémarrage du service.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Console::WorkspaceFeatures</name>
    <message>
        <source>Device Events</source>
        <translation>Événements des équipements</translation>
    </message>
    <message>
        <source>Device events</source>
        <translation>Événements des équipements</translation>
    </message>
    <message>
        <source>NetBox &amp;Sync…</source>
        <translation>&amp;Synchronisation NetBox…</translation>
    </message>
    <message>
        <source>Review Ciena &amp;MCP Matches…</source>
        <translation>Vérifier les associations Ciena &amp;MCP…</translation>
    </message>
    <message>
        <source>Import from &amp;PRTG…</source>
        <translation>Importer depuis &amp;PRTG…</translation>
    </message>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>Workspace Vault</source>
        <translation>Coffre-fort de l’espace de travail</translation>
    </message>
    <message>
        <source>Passphrase of the vault of workspace %1:</source>
        <translation>Phrase secrète du coffre-fort de l’espace de travail %1 :</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new vault of workspace %1:</source>
        <translation>Choisissez une phrase secrète pour le nouveau coffre-fort de l’espace de travail %1 :</translation>
    </message>
    <message>
        <source>NetBox Sync</source>
        <translation>Synchronisation NetBox</translation>
    </message>
    <message>
        <source>No NetBox server is configured for workspace %1. Add its URL and a vault reference for the API token to the workspace&apos;s configuration.</source>
        <translation>Aucun serveur NetBox n’est configuré pour l’espace de travail %1. Ajoutez son URL et une référence du coffre-fort pour le jeton d’API à la configuration de l’espace de travail.</translation>
    </message>
    <message>
        <source>NetBox Changes</source>
        <translation>Modifications NetBox</translation>
    </message>
    <message>
        <source>Ciena MCP Matches</source>
        <translation>Associations Ciena MCP</translation>
    </message>
    <message>
        <source>Ciena MCP S&amp;ync…</source>
        <translation>S&amp;ynchronisation Ciena MCP…</translation>
    </message>
    <message numerus="yes">
        <source>%n NetBox edit(s) from an earlier session wait in NetBox Changes.</source>
        <translation>
            <numerusform>%n modification NetBox d’une session précédente attend dans les Modifications NetBox.</numerusform>
            <numerusform>%n modifications NetBox d’une session précédente attendent dans les Modifications NetBox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) added to NetBox Changes; push them from there.</source>
        <translation>
            <numerusform>%n modification ajoutée aux Modifications NetBox ; envoyez-la depuis ce panneau.</numerusform>
            <numerusform>%n modifications ajoutées aux Modifications NetBox ; envoyez-les depuis ce panneau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ciena MCP Sync</source>
        <translation>Synchronisation Ciena MCP</translation>
    </message>
    <message>
        <source>No Ciena MCP server is configured for workspace %1. Add its URL, the user name and a vault reference for the password to the workspace&apos;s configuration.</source>
        <translation>Aucun serveur Ciena MCP n’est configuré pour l’espace de travail %1. Ajoutez son URL, le nom d’utilisateur et une référence du coffre-fort pour le mot de passe à la configuration de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models</name>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>Aucun locataire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>A child device is installed in a bay of its parent, not in a rack unit.</source>
        <translation>Un équipement enfant est installé dans une baie de son parent, pas dans une unité de baie.</translation>
    </message>
    <message>
        <source>The device is %1-inch equipment; rack %2 is %3 inches wide.</source>
        <translation>L’équipement est au format %1 pouces ; la baie %2 fait %3 pouces de large.</translation>
    </message>
    <message>
        <source>Choose the front or the rear face for a racked device.</source>
        <translation>Choisissez la face avant ou arrière pour un équipement en baie.</translation>
    </message>
    <message>
        <source>Devices sit on whole or half units.</source>
        <translation>Les équipements occupent des unités entières ou des demi-unités.</translation>
    </message>
    <message>
        <source>A %1U device at U%2 would reach U%3; rack %4 has units %5 to %6.</source>
        <translation>Un équipement de %1U en U%2 atteindrait U%3 ; la baie %4 a les unités %5 à %6.</translation>
    </message>
    <message>
        <source>U%1 is taken by %2 (%3).</source>
        <translation>U%1 est occupée par %2 (%3).</translation>
    </message>
    <message>
        <source>an unnamed device</source>
        <translation>un équipement sans nom</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>pleine profondeur</translation>
    </message>
    <message>
        <source>U%1 is reserved for %2.</source>
        <translation>U%1 est réservée pour %2.</translation>
    </message>
    <message>
        <source>another purpose</source>
        <translation>un autre usage</translation>
    </message>
    <message>
        <source>Rack %1 would carry %2 kg of its %3 kg limit.</source>
        <translation>La baie %1 porterait %2 kg sur sa limite de %3 kg.</translation>
    </message>
    <message>
        <source>Rack %1 would draw %2 W of its %3 W power budget.</source>
        <translation>La baie %1 consommerait %2 W de son budget de %3 W.</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message numerus="yes">
        <source>Not compliant: %n failed check(s)</source>
        <translation>
            <numerusform>Non conforme : %n contrôle en échec</numerusform>
            <numerusform>Non conforme : %n contrôles en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compliant: %n failed check(s) (worst: %1)</source>
        <translation>
            <numerusform>Non conforme : %n contrôle en échec (le plus grave : %1)</numerusform>
            <numerusform>Non conforme : %n contrôles en échec (le plus grave : %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) not compliant</source>
        <translation>
            <numerusform>%n équipement non conforme</numerusform>
            <numerusform>%n équipements non conformes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmRuleListModel</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Built-in, changed</source>
        <translation>Intégrée, modifiée</translation>
    </message>
    <message>
        <source>as MCP says</source>
        <translation>selon MCP</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ping down</source>
        <translation>Ping en échec</translation>
    </message>
    <message>
        <source>Ping degraded</source>
        <translation>Ping dégradé</translation>
    </message>
    <message>
        <source>SNMP unreachable</source>
        <translation>SNMP injoignable</translation>
    </message>
    <message>
        <source>Interface down</source>
        <translation>Interface inactive</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Rate of change</source>
        <translation>Taux de variation</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Puissance optique</translation>
    </message>
    <message>
        <source>SNMP trap</source>
        <translation>Trap SNMP</translation>
    </message>
    <message>
        <source>MCP alarm</source>
        <translation>Alarme MCP</translation>
    </message>
    <message>
        <source>Failed job</source>
        <translation>Tâche en échec</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source> for %n s</source>
        <translation>
            <numerusform> pendant %n s</numerusform>
            <numerusform> pendant %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) lost in a row</source>
        <translation>
            <numerusform>%n sonde perdue d’affilée</numerusform>
            <numerusform>%n sondes perdues d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>loss above %1 % or latency above %2 ms</source>
        <translation>perte supérieure à %1 % ou latence supérieure à %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) unanswered in a row</source>
        <translation>
            <numerusform>%n interrogation sans réponse d’affilée</numerusform>
            <numerusform>%n interrogations sans réponse d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>any interface</source>
        <translation>toute interface</translation>
    </message>
    <message>
        <source>interfaces %1</source>
        <translation>interfaces %1</translation>
    </message>
    <message>
        <source>change per second of %1</source>
        <translation>variation par seconde de %1</translation>
    </message>
    <message>
        <source>%1 above %2%3</source>
        <translation>%1 au-dessus de %2%3</translation>
    </message>
    <message>
        <source>%1 below %2%3</source>
        <translation>%1 en dessous de %2%3</translation>
    </message>
    <message>
        <source>%1 outside %2 to %3 dBm%4</source>
        <translation>%1 hors de la plage %2 à %3 dBm%4</translation>
    </message>
    <message>
        <source>%1 outside the device&apos;s levels%2</source>
        <translation>%1 hors des seuils de l’équipement%2</translation>
    </message>
    <message>
        <source>trap %1</source>
        <translation>trap %1</translation>
    </message>
    <message>
        <source>MCP alarms from %1</source>
        <translation>alarmes MCP à partir de %1</translation>
    </message>
    <message>
        <source>any job</source>
        <translation>toute tâche</translation>
    </message>
    <message>
        <source>jobs %1</source>
        <translation>tâches %1</translation>
    </message>
    <message>
        <source>anomaly score of %1 above %2</source>
        <translation>score d’anomalie de %1 supérieur à %2</translation>
    </message>
    <message>
        <source>any metric</source>
        <translation>toute métrique</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmSession</name>
    <message>
        <source>The alarms could not be loaded</source>
        <translation>Les alarmes n’ont pas pu être chargées</translation>
    </message>
    <message>
        <source>The alarm&apos;s history could not be loaded</source>
        <translation>L’historique de l’alarme n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>The alarm could not be acknowledged</source>
        <translation>L’alarme n’a pas pu être acquittée</translation>
    </message>
    <message>
        <source>The alarm could not be shelved</source>
        <translation>L’alarme n’a pas pu être mise en attente</translation>
    </message>
    <message>
        <source>The alarm could not be unshelved</source>
        <translation>La mise en attente de l’alarme n’a pas pu être levée</translation>
    </message>
    <message>
        <source>The alarm could not be cleared</source>
        <translation>L’alarme n’a pas pu être effacée</translation>
    </message>
    <message>
        <source>the service no longer knows it</source>
        <translation>le service ne la connaît plus</translation>
    </message>
    <message>
        <source>the alarm engine is not running in the service</source>
        <translation>le moteur d’alarmes ne tourne pas dans le service</translation>
    </message>
    <message>
        <source>The device&apos;s alarms could not be loaded</source>
        <translation>Les alarmes de l’équipement n’ont pas pu être chargées</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AlarmTableModel</name>
    <message>
        <source>(no device)</source>
        <translation>(aucun équipement)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n symptom(s) below)</source>
        <translation>
            <numerusform>%1 (%n symptôme ci-dessous)</numerusform>
            <numerusform>%1 (%n symptômes ci-dessous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Acquittée par %1</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>En attente jusqu’à %1</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>En oscillation</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <source>First raised: %1</source>
        <translation>Premier déclenchement : %1</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Dernière occurrence : %1</translation>
    </message>
    <message>
        <source>Acknowledgement: %1</source>
        <translation>Acquittement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device alarm(s) grouped under it</source>
        <translation>
            <numerusform>%n alarme d’équipement regroupée sous celle-ci</numerusform>
            <numerusform>%n alarmes d’équipement regroupées sous celle-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalyListModel</name>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalySession</name>
    <message>
        <source>Connecting to the OpsDeck service…</source>
        <translation>Connexion au service OpsDeck…</translation>
    </message>
    <message>
        <source>Unusual behaviour is not available: the console is not connected to the OpsDeck service.</source>
        <translation>Le comportement inhabituel n’est pas disponible : la console n’est pas connectée au service OpsDeck.</translation>
    </message>
    <message>
        <source>Unusual behaviour could not be loaded</source>
        <translation>Le comportement inhabituel n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>The expected range could not be loaded</source>
        <translation>La plage attendue n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>the service does not analyse this series</source>
        <translation>le service n’analyse pas cette série</translation>
    </message>
    <message>
        <source>the service does not analyse metrics</source>
        <translation>le service n’analyse pas les métriques</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::AnomalyText</name>
    <message>
        <source>Traffic in</source>
        <translation>Trafic entrant</translation>
    </message>
    <message>
        <source>Traffic out</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Puissance optique</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
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
        <translation>Inhabituel pour %1 : toujours la même valeur (%2), alors qu’elle varie normalement (score %3)</translation>
    </message>
    <message>
        <source>Unusual for %1: expected %2, observed %3 (score %4)</source>
        <translation>Inhabituel pour %1 : attendu %2, observé %3 (score %4)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>explanation and when it began</comment>
        <translation>%1 depuis %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetJobPush</name>
    <message>
        <source>The connection to the service was lost; job %1 may still run there.</source>
        <translation>La connexion au service a été perdue ; la tâche %1 est peut-être encore en cours sur le service.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n edited object(s) to NetBox</source>
        <translation>
            <numerusform>Écrire %n objet modifié dans NetBox</numerusform>
            <numerusform>Écrire %n objets modifiés dans NetBox</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 ended %2</source>
        <translation>la tâche %1 s’est terminée avec l’état %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Took NetBox&apos;s version</source>
        <translation>Version NetBox reprise</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>nouveau : %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n°%2</translation>
    </message>
    <message>
        <source>Conflict: deleted in NetBox since the sync</source>
        <translation>Conflit : supprimé dans NetBox depuis la synchronisation</translation>
    </message>
    <message>
        <source>Conflict: changed in NetBox since the sync</source>
        <translation>Conflit : modifié dans NetBox depuis la synchronisation</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Keep mine: overwrites NetBox on the next push</source>
        <translation>Garder ma version : écrase NetBox au prochain envoi</translation>
    </message>
    <message>
        <source>changed in NetBox</source>
        <translation>modifié dans NetBox</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Object / field</source>
        <translation>Objet / champ</translation>
    </message>
    <message>
        <source>Local (mine)</source>
        <translation>Local (ma version)</translation>
    </message>
    <message>
        <source>NetBox now (theirs)</source>
        <translation>NetBox actuel (leur version)</translation>
    </message>
    <message>
        <source>Last synced (base)</source>
        <translation>Dernière synchronisation (base)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (n°%2)</translation>
    </message>
    <message>
        <source>new %1 %2</source>
        <translation>nouveau : %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (#%3)</source>
        <translation>%1 %2 (n°%3)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ChangeSetSession</name>
    <message>
        <source>The change set could not be pushed: %1</source>
        <translation>L’ensemble de modifications n’a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>no outcome reported</source>
        <translation>aucun résultat signalé</translation>
    </message>
    <message>
        <source>NetBox&apos;s version could not be taken into the local store: %1</source>
        <translation>La version NetBox n’a pas pu être reprise dans la base locale : %1</translation>
    </message>
    <message>
        <source>The pending NetBox edits kept in this workspace could not be read, so new edits are not kept either (the stored ones stay as they are): %1</source>
        <translation>Les modifications NetBox en attente conservées dans cet espace de travail n’ont pas pu être lues ; les nouvelles modifications ne sont donc pas conservées non plus (celles déjà enregistrées restent inchangées) : %1</translation>
    </message>
    <message>
        <source>The pending NetBox edits could not be kept in the workspace: %1</source>
        <translation>Les modifications NetBox en attente n’ont pas pu être conservées dans l’espace de travail : %1</translation>
    </message>
    <message>
        <source>There is nothing to push through: open NetBox Sync, or start the OpsDeck service, then push again. The edits are kept.</source>
        <translation>Aucun moyen d’envoi n’est disponible : ouvrez la Synchronisation NetBox ou démarrez le service OpsDeck, puis relancez l’envoi. Les modifications sont conservées.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ComplianceSession</name>
    <message>
        <source>The compliance report could not be loaded</source>
        <translation>Le rapport de conformité n’a pas pu être chargé</translation>
    </message>
    <message>
        <source>The compliance check could not be started</source>
        <translation>La vérification de conformité n’a pas pu être lancée</translation>
    </message>
    <message>
        <source>The intended configuration could not be compared</source>
        <translation>La configuration prévue n’a pas pu être comparée</translation>
    </message>
    <message>
        <source>The remediation could not be submitted</source>
        <translation>La correction n’a pas pu être soumise</translation>
    </message>
    <message>
        <source>the service knows no such device</source>
        <translation>le service ne connaît pas cet équipement</translation>
    </message>
    <message>
        <source>the service does not check compliance</source>
        <translation>le service ne vérifie pas la conformité</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ComplianceTableModel</name>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Upgrade path: %1</source>
        <translation>Chemin de mise à niveau : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 missing, %2 extra</source>
        <translation>manquantes : %1, en trop : %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Plus grave</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ConfigHistorySession</name>
    <message>
        <source>The configuration versions could not be loaded</source>
        <translation>Les versions de configuration n’ont pas pu être chargées</translation>
    </message>
    <message>
        <source>The configuration could not be loaded</source>
        <translation>La configuration n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>The differences could not be loaded</source>
        <translation>Les différences n’ont pas pu être chargées</translation>
    </message>
    <message>
        <source>the service has no such version</source>
        <translation>le service ne dispose pas de cette version</translation>
    </message>
    <message>
        <source>The configurations could not be searched</source>
        <translation>La recherche dans les configurations n’a pas pu être effectuée</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ConnectionTester</name>
    <message>
        <source>NetBox %1: %2 sites, %3 devices</source>
        <translation>NetBox %1 : %2 sites, %3 équipements</translation>
    </message>
    <message>
        <source>Ciena MCP: logged in, %1 network elements</source>
        <translation>Ciena MCP : connecté, %1 éléments de réseau</translation>
    </message>
    <message>
        <source>PRTG %1: %2 devices, %3 sensors</source>
        <translation>PRTG %1 : %2 équipements, %3 capteurs</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::CredentialGroup</name>
    <message>
        <source>API token or password</source>
        <translation>Jeton d’API ou mot de passe</translation>
    </message>
    <message>
        <source>SNMP community</source>
        <translation>Communauté SNMP</translation>
    </message>
    <message>
        <source>SNMPv3 user</source>
        <translation>Utilisateur SNMPv3</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
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
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message numerus="yes">
        <source>Raised %n time(s)</source>
        <translation>
            <numerusform>Déclenchée %n fois</numerusform>
            <numerusform>Déclenchée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledgement: %1</source>
        <translation>Acquittement : %1</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
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
        <translation>Statut</translation>
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
        <translation>N° d’inventaire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::DeviceTypeListModel</name>
    <message>
        <source>%1 %2 · %3U%4</source>
        <translation>%1 %2 · %3U%4</translation>
    </message>
    <message>
        <source> half depth</source>
        <translation> demi-profondeur</translation>
    </message>
    <message>
        <source>%1 %2
Part number %3
%4 kg, airflow %5</source>
        <translation>%1 %2
Référence %3
%4 kg, flux d’air %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::EditChoices</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
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
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Mètres</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>Centimètres</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilomètres</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Miles</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::EditValidation</name>
    <message numerus="yes">
        <source>This is %1 characters long; NetBox allows at most %n.</source>
        <translation>
            <numerusform>Ce texte fait %1 caractères ; NetBox en autorise au plus %n.</numerusform>
            <numerusform>Ce texte fait %1 caractères ; NetBox en autorise au plus %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A DNS name may hold only letters, digits, hyphens, underscores and dots, e.g. core-sw1.example.net.</source>
        <translation>Un nom DNS ne peut contenir que des lettres, des chiffres, des tirets, des tirets bas et des points, p. ex. core-sw1.example.net.</translation>
    </message>
    <message>
        <source>Enter the colour as six hexadecimal digits, e.g. ff8800.</source>
        <translation>Saisissez la couleur sous forme de six chiffres hexadécimaux, p. ex. ff8800.</translation>
    </message>
    <message>
        <source>Enter an address with its prefix length, e.g. 192.0.2.10/24 or 2001:db8::10/64.</source>
        <translation>Saisissez une adresse avec sa longueur de préfixe, p. ex. 192.0.2.10/24 ou 2001:db8::10/64.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Leave out the zone “%1”: NetBox stores addresses without one.</source>
        <translation>Retirez la zone « %1 » : NetBox enregistre les adresses sans zone.</translation>
    </message>
    <message>
        <source>Add the prefix length, e.g. %1/%2.</source>
        <translation>Ajoutez la longueur de préfixe, p. ex. %1/%2.</translation>
    </message>
    <message>
        <source>The prefix length must be a number from 1 to %1.</source>
        <translation>La longueur de préfixe doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address in CIDR form.</source>
        <translation>« %1 » n’est pas une adresse valide en notation CIDR.</translation>
    </message>
    <message>
        <source>%1 is the network address of %2/%3 and cannot be assigned to an interface.</source>
        <translation>%1 est l’adresse réseau de %2/%3 et ne peut pas être attribuée à une interface.</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2/%3 and cannot be assigned to an interface.</source>
        <translation>%1 est l’adresse de diffusion de %2/%3 et ne peut pas être attribuée à une interface.</translation>
    </message>
    <message>
        <source>The interface already has %1.</source>
        <translation>L’interface possède déjà %1.</translation>
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
        <translation>Aucun équipement de l’inventaire n’a cette adresse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::FirstSync</name>
    <message>
        <source>The workspace&apos;s service did not answer: %1</source>
        <translation>Le service de l’espace de travail n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Starting the workspace&apos;s service…</source>
        <translation>Démarrage du service de l’espace de travail…</translation>
    </message>
    <message>
        <source>Opening the workspace&apos;s vault…</source>
        <translation>Ouverture du coffre-fort de l’espace de travail…</translation>
    </message>
    <message>
        <source>Storing %1 in the vault…</source>
        <translation>Enregistrement de %1 dans le coffre-fort…</translation>
    </message>
    <message>
        <source>Asking NetBox for its inventory…</source>
        <translation>Demande de l’inventaire à NetBox…</translation>
    </message>
    <message>
        <source>Writing %L1 objects to the workspace…</source>
        <translation>Écriture de %L1 objets dans l’espace de travail…</translation>
    </message>
    <message>
        <source>Reading %1 (%L2 objects so far)</source>
        <translation>Lecture de %1 (%L2 objets jusqu’ici)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Not polled</source>
        <translation>Non interrogée</translation>
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
        <translation>Interface</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
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
        <source>No SNMP match</source>
        <translation>Aucune association SNMP</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>la démo</translation>
    </message>
    <message>
        <source>%1, ignoring case and spaces</source>
        <translation>%1, sans tenir compte de la casse ni des espaces</translation>
    </message>
    <message>
        <source>%1, with interface abbreviations expanded</source>
        <translation>%1, abréviations d’interface développées</translation>
    </message>
    <message>
        <source>SNMP ifIndex %1, matched by %2</source>
        <translation>ifIndex SNMP %1, associé par %2</translation>
    </message>
    <message>
        <source>No polled SNMP interface matches this interface: it is not polled.</source>
        <translation>Aucune interface SNMP interrogée ne correspond à cette interface : elle n’est pas interrogée.</translation>
    </message>
    <message>
        <source>%1
Last sample %2</source>
        <translation>%1
Dernière mesure %2</translation>
    </message>
    <message>
        <source>%1
No samples for this interface</source>
        <translation>%1
Aucune mesure pour cette interface</translation>
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
        <translation>Connectée</translation>
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
        <translation>Préparation de l’espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Ouverture de l’espace de travail</translation>
    </message>
    <message>
        <source>Loading the inventory</source>
        <translation>Chargement de l’inventaire</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::JobServiceConnection</name>
    <message>
        <source>Not connected to the OpsDeck service.</source>
        <translation>Non connecté au service OpsDeck.</translation>
    </message>
    <message>
        <source>Starting the OpsDeck service…</source>
        <translation>Démarrage du service OpsDeck…</translation>
    </message>
    <message>
        <source>Connecting to the OpsDeck service…</source>
        <translation>Connexion au service OpsDeck…</translation>
    </message>
    <message>
        <source>Connected to the OpsDeck service.</source>
        <translation>Connecté au service OpsDeck.</translation>
    </message>
    <message>
        <source>opsdeckd could not be started</source>
        <translation>opsdeckd n’a pas pu être démarré</translation>
    </message>
    <message>
        <source>it has not run for this user yet</source>
        <translation>il n’a encore jamais tourné pour cet utilisateur</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>it refused this console&apos;s credentials</source>
        <translation>il a refusé les identifiants de cette console</translation>
    </message>
    <message>
        <source>nothing answers on its socket</source>
        <translation>rien ne répond sur son socket</translation>
    </message>
    <message numerus="yes">
        <source>The OpsDeck service cannot be reached: %1. Retrying in %n second(s).</source>
        <translation>
            <numerusform>Le service OpsDeck est injoignable : %1. Nouvelle tentative dans %n seconde.</numerusform>
            <numerusform>Le service OpsDeck est injoignable : %1. Nouvelle tentative dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::JobTableModel</name>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <source>0 of %1</source>
        <translation>0 sur %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
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
    <name>OpsDeck::Models::McpMatchModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Network element</source>
        <translation>Élément de réseau</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>Équipement NetBox</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Associé par</translation>
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
        <translation>baie %1</translation>
    </message>
    <message>
        <source>front</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>rear</source>
        <translation>arrière</translation>
    </message>
    <message>
        <source>Move %1 to %2 U%3 %4</source>
        <translation>Déplacer %1 vers %2 U%3 %4</translation>
    </message>
    <message>
        <source>Move %1 to %2 (0U)</source>
        <translation>Déplacer %1 vers %2 (0U)</translation>
    </message>
    <message>
        <source>Move %1 to %2 (not mounted)</source>
        <translation>Déplacer %1 vers %2 (non monté)</translation>
    </message>
    <message>
        <source>Unmount %1 from %2</source>
        <translation>Démonter %1 de %2</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>a new device</source>
        <translation>un nouvel équipement</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3 U%4 %5</source>
        <translation>Ajouter %1 (%2) à %3 U%4 %5</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3 (0U)</source>
        <translation>Ajouter %1 (%2) à %3 (0U)</translation>
    </message>
    <message>
        <source>Reserve %1 in %2</source>
        <translation>Réserver %1 dans %2</translation>
    </message>
    <message>
        <source>Reserve %1 in %2: %3</source>
        <translation>Réserver %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not exported: the device is not in the inventory.</source>
        <translation>%1 n’est pas exporté : l’équipement n’est pas dans l’inventaire.</translation>
    </message>
    <message>
        <source>%1 is not exported: its rack is not at this site.</source>
        <translation>%1 n’est pas exporté : sa baie n’est pas sur ce site.</translation>
    </message>
    <message>
        <source>%1 is not exported: a mounted device needs a rack face.</source>
        <translation>%1 n’est pas exporté : un équipement en baie nécessite une face (avant ou arrière).</translation>
    </message>
    <message>
        <source>A new device in %1 is not exported: it has no name, and NetBox needs one.</source>
        <translation>Un nouvel équipement dans %1 n’est pas exporté : il n’a pas de nom, et NetBox en exige un.</translation>
    </message>
    <message>
        <source>%1 is not exported: its device type is not in the catalogue.</source>
        <translation>%1 n’est pas exporté : son type d’équipement n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>%1 is not exported: NetBox needs a role for a new device; choose one.</source>
        <translation>%1 n’est pas exporté : NetBox exige un rôle pour un nouvel équipement ; choisissez-en un.</translation>
    </message>
    <message>
        <source>%1 is a child device: install it in a device bay of its parent in NetBox once it is written.</source>
        <translation>%1 est un équipement enfant : une fois écrit, installez-le dans NetBox dans une baie d’équipement de son parent.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: its rack is not at this site.</source>
        <translation>La réservation de %1 n’est pas exportée : sa baie n’est pas sur ce site.</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: NetBox needs the user it is made for.</source>
        <translation>La réservation de %1 n’est pas exportée : NetBox exige l’utilisateur pour lequel elle est faite.</translation>
    </message>
    <message>
        <source>The reservation of %1 is not exported: NetBox needs a description.</source>
        <translation>La réservation de %1 n’est pas exportée : NetBox exige une description.</translation>
    </message>
    <message>
        <source>%1 take each other&apos;s units. NetBox checks each move on its own and refuses such a swap: move one of them out of the way in an earlier change set.</source>
        <translation>%1 échangent leurs unités. NetBox vérifie chaque déplacement séparément et refuse un tel échange : déplacez l’un d’eux ailleurs dans un ensemble de modifications antérieur.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::RackPlanModel</name>
    <message>
        <source>There is no such device or rack.</source>
        <translation>Cet équipement ou cette baie n’existe pas.</translation>
    </message>
    <message>
        <source>Move %1 to U%2 %3</source>
        <translation>Déplacer %1 en U%2 %3</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>There is no such device type or rack.</source>
        <translation>Ce type d’équipement ou cette baie n’existe pas.</translation>
    </message>
    <message>
        <source>%1-new%2</source>
        <translation>%1-nouveau%2</translation>
    </message>
    <message>
        <source>Add %1 (%2) to %3</source>
        <translation>Ajouter %1 (%2) à %3</translation>
    </message>
    <message>
        <source>Unmount %1 from %2</source>
        <translation>Démonter %1 de %2</translation>
    </message>
    <message>
        <source>There is no such rack.</source>
        <translation>Cette baie n’existe pas.</translation>
    </message>
    <message>
        <source>Rack %1 has no unit %2.</source>
        <translation>La baie %1 n’a pas d’unité %2.</translation>
    </message>
    <message>
        <source>U%1 is taken by %2.</source>
        <translation>U%1 est occupée par %2.</translation>
    </message>
    <message numerus="yes">
        <source>Reserve %n unit(s) in %1</source>
        <translation>
            <numerusform>Réserver %n unité dans %1</numerusform>
            <numerusform>Réserver %n unités dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply plan %1</source>
        <translation>Appliquer le plan %1</translation>
    </message>
    <message>
        <source>%1 is no longer in the inventory.</source>
        <translation>%1 n’est plus dans l’inventaire.</translation>
    </message>
    <message>
        <source>%1 has moved in the inventory since the plan was made.</source>
        <translation>%1 a été déplacé dans l’inventaire depuis la création du plan.</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot; skipped.</source>
        <translation>Modification inconnue « %1 » ignorée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Statut</translation>
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
    <name>OpsDeck::Models::RuleSession</name>
    <message>
        <source>“%1” is not a setting of this kind of rule.</source>
        <translation>« %1 » n’est pas un paramètre de ce type de règle.</translation>
    </message>
    <message>
        <source>The rule needs %1.</source>
        <translation>La règle nécessite %1.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>« %1 » nécessite %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: expected %3.</source>
        <translation>« %1 » ne peut pas valoir %2 (attendu : %3).</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Règle « %1 » : %2</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Une autre règle a déjà l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The alarm rules could not be read: %1.</source>
        <translation>Les règles d’alarme n’ont pas pu être lues : %1.</translation>
    </message>
    <message>
        <source>The rules were not saved: the workspace file changed since the editor read it. Close the editor and open it again to see the changes.</source>
        <translation>Les règles n’ont pas été enregistrées : le fichier de l’espace de travail a changé depuis que l’éditeur l’a lu. Fermez l’éditeur et rouvrez-le pour voir les modifications.</translation>
    </message>
    <message>
        <source>The rules were not saved: %1.</source>
        <translation>Les règles n’ont pas été enregistrées : %1.</translation>
    </message>
    <message>
        <source>The preview needs the OpsDeck service, which is not reachable.</source>
        <translation>L’aperçu nécessite le service OpsDeck, qui est injoignable.</translation>
    </message>
    <message>
        <source>The preview failed: %1.</source>
        <translation>L’aperçu a échoué : %1.</translation>
    </message>
    <message>
        <source>alarm engine</source>
        <translation>moteur d’alarmes</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::ScheduleSession</name>
    <message>
        <source>needs %1</source>
        <translation>nécessite %1</translation>
    </message>
    <message>
        <source>“%1” needs %2</source>
        <translation>« %1 » nécessite %2</translation>
    </message>
    <message>
        <source>“%1” cannot be %2: expected %3</source>
        <translation>« %1 » ne peut pas valoir %2 (attendu : %3)</translation>
    </message>
    <message>
        <source>Schedules: %1.</source>
        <translation>Planifications : %1.</translation>
    </message>
    <message>
        <source>Schedule “%1”: %2.</source>
        <translation>Planification « %1 » : %2.</translation>
    </message>
    <message>
        <source>backup scheduler</source>
        <translation>planificateur de sauvegardes</translation>
    </message>
    <message>
        <source>the service has no such schedule</source>
        <translation>le service ne dispose pas de cette planification</translation>
    </message>
    <message>
        <source>the service runs no backup schedules</source>
        <translation>le service n’exécute aucune planification de sauvegarde</translation>
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
    <name>OpsDeck::Models::ServiceSyncSource</name>
    <message>
        <source>NetBox</source>
        <translation>NetBox</translation>
    </message>
    <message>
        <source>The workspace&apos;s service is not reachable: %1</source>
        <translation>Le service de l’espace de travail est injoignable : %1</translation>
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
        <translation>Le service de l’espace de travail est injoignable : %1</translation>
    </message>
    <message>
        <source>no keychain answers (%1): the passphrase is not remembered</source>
        <translation>aucun trousseau ne répond (%1) : la phrase secrète n’est pas mémorisée</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SideBySideDiffModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Plus récente</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SyncProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::SyncSource</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>stale: synced %1 ago</source>
        <translation>obsolète : synchronisé il y a %1</translation>
    </message>
    <message>
        <source>synced %1 ago</source>
        <translation>synchronisé il y a %1</translation>
    </message>
    <message>
        <source>Offline — working from the local store</source>
        <translation>Hors ligne — travail sur la base locale</translation>
    </message>
    <message>
        <source>Writing the local store</source>
        <translation>Écriture de la base locale</translation>
    </message>
    <message>
        <source>Starting a full sync</source>
        <translation>Démarrage d’une synchronisation complète</translation>
    </message>
    <message>
        <source>Starting an incremental sync</source>
        <translation>Démarrage d’une synchronisation incrémentielle</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3)</source>
        <translation>Synchronisation de %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Syncing %1 (%2)</source>
        <translation>Synchronisation de %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelling the sync</source>
        <translation>Annulation de la synchronisation</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync cancelled; the local store is unchanged</source>
        <translation>Synchronisation annulée ; la base locale est inchangée</translation>
    </message>
    <message>
        <source>Sync complete</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Not synced in this session</source>
        <translation>Non synchronisé pendant cette session</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <translation>%1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 n’a pas répondu à temps (%2)</translation>
    </message>
    <message>
        <source>%1 refused the credentials (%2)</source>
        <translation>%1 a refusé les identifiants (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 sent data that could not be read (%2)</source>
        <translation>%1 a envoyé des données illisibles (%2)</translation>
    </message>
    <message>
        <source>the local store could not be written (%1)</source>
        <translation>la base locale n’a pas pu être écrite (%1)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::TopologyAuditModel</name>
    <message>
        <source>Missing in NetBox</source>
        <translation>Absent de NetBox</translation>
    </message>
    <message>
        <source>Not seen by LLDP</source>
        <translation>Non vu par LLDP</translation>
    </message>
    <message>
        <source>Port mismatch</source>
        <translation>Port différent</translation>
    </message>
    <message>
        <source>Unknown neighbour</source>
        <translation>Voisin inconnu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>no cable</source>
        <translation>aucun câble</translation>
    </message>
    <message>
        <source>#%1: %2 %3 — %4 %5</source>
        <translation>n°%1 : %2 %3 — %4 %5</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Port local</translation>
    </message>
    <message>
        <source>LLDP neighbour</source>
        <translation>Voisin LLDP</translation>
    </message>
    <message>
        <source>NetBox cable</source>
        <translation>Câble NetBox</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Models::WorkspaceSection</name>
    <message>
        <source>The OpsDeck service is not running; its %1 reads the file when it starts.</source>
        <translation>Le service OpsDeck n’est pas démarré ; son %1 lit le fichier au démarrage.</translation>
    </message>
    <message>
        <source>The service did not reload the workspace: %1.</source>
        <translation>Le service n’a pas rechargé l’espace de travail : %1.</translation>
    </message>
    <message>
        <source>The %1 is not running in the service.</source>
        <translation>Le %1 ne tourne pas dans le service.</translation>
    </message>
    <message>
        <source>The service&apos;s %1 kept the previous settings: %2.</source>
        <translation>Le %1 du service a conservé les paramètres précédents : %2.</translation>
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
        <translation>U%1, %2U, %3 · %4</translation>
    </message>
    <message>
        <source>full depth</source>
        <translation>pleine profondeur</translation>
    </message>
    <message>
        <source>half depth</source>
        <translation>demi-profondeur</translation>
    </message>
    <message>
        <source>0U, side rail</source>
        <translation>0U, rail latéral</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Numéro de série : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmActionDialog</name>
    <message>
        <source>Acknowledge Alarms</source>
        <translation>Acquitter les alarmes</translation>
    </message>
    <message>
        <source>Acknowledge the alarm “%1”?</source>
        <translation>Acquitter l’alarme « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n alarm(s)?</source>
        <translation>
            <numerusform>Acquitter %n alarme ?</numerusform>
            <numerusform>Acquitter %n alarmes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Shelve Alarms</source>
        <translation>Mettre les alarmes en attente</translation>
    </message>
    <message>
        <source>Shelve the alarm “%1”? It stays in the list but is not notified until the shelve ends.</source>
        <translation>Mettre l’alarme « %1 » en attente ? Elle reste dans la liste, mais n’est pas notifiée avant la fin de la mise en attente.</translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n alarm(s)? They stay in the list but are not notified until the shelve ends.</source>
        <translation>
            <numerusform>Mettre %n alarme en attente ? Elle reste dans la liste, mais n’est pas notifiée avant la fin de la mise en attente.</numerusform>
            <numerusform>Mettre %n alarmes en attente ? Elles restent dans la liste, mais ne sont pas notifiées avant la fin de la mise en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Shelve</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>Clear Alarms</source>
        <translation>Effacer les alarmes</translation>
    </message>
    <message>
        <source>Clear the alarm “%1” by hand? It is raised again if its condition is still there.</source>
        <translation>Effacer manuellement l’alarme « %1 » ? Elle est de nouveau déclenchée si sa condition persiste.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n alarm(s) by hand? Each is raised again if its condition is still there.</source>
        <translation>
            <numerusform>Effacer manuellement %n alarme ? Elle est de nouveau déclenchée si sa condition persiste.</numerusform>
            <numerusform>Effacer manuellement %n alarmes ? Chacune est de nouveau déclenchée si sa condition persiste.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>What is being done (optional)</source>
        <translation>Mesures en cours (facultatif)</translation>
    </message>
    <message>
        <source>Why (recorded in the alarm&apos;s history)</source>
        <translation>Motif (consigné dans l’historique de l’alarme)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmBadgeDelegate</name>
    <message>
        <source>Worst active alarm: %1</source>
        <translation>Alarme active la plus grave : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmNotifier</name>
    <message>
        <source>Critical alarm on %1: %2</source>
        <translation>Alarme critique sur %1 : %2</translation>
    </message>
    <message>
        <source>OpsDeck alarms</source>
        <translation>Alarmes OpsDeck</translation>
    </message>
    <message>
        <source>OpsDeck: critical alarm</source>
        <translation>OpsDeck : alarme critique</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRuleEditDialog</name>
    <message>
        <source>&amp;Preview Last 24 h</source>
        <translation>&amp;Aperçu des dernières 24 h</translation>
    </message>
    <message>
        <source>Alarm Rule</source>
        <translation>Règle d’alarme</translation>
    </message>
    <message>
        <source>What this rule, as typed, would have raised over the stored metrics</source>
        <translation>Ce que cette règle, telle que saisie, aurait déclenché sur les métriques enregistrées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Alarm Rule %1</source>
        <translation>Règle d’alarme %1</translation>
    </message>
    <message>
        <source>Only threshold, rate-of-change and optical power rules work on stored metrics and can be previewed.</source>
        <translation>Seules les règles de seuil, de taux de variation et de puissance optique s’appliquent aux métriques enregistrées et peuvent être prévisualisées.</translation>
    </message>
    <message>
        <source>Another rule already has the id “%1”.</source>
        <translation>Une autre règle a déjà l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Correct the rule to preview it.</source>
        <translation>Corrigez la règle pour en afficher l’aperçu.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRuleForm</name>
    <message>
        <source>e.g. uplink-utilisation</source>
        <translation>p. ex. uplink-utilisation</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Raise alarms with this rule</source>
        <translation>Déclencher des &amp;alarmes avec cette règle</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>device</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Only devices with this name, site, role and tag; empty fields match every device.</source>
        <translation>Uniquement les équipements ayant ce nom, ce site, ce rôle et cette étiquette ; les champs vides correspondent à tous les équipements.</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>e.g. if.in.util, cpu.util, optical.dbm</source>
        <translation>p. ex. if.in.util, cpu.util, optical.dbm</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>every object; * matches any text, e.g. ifIndex:*</source>
        <translation>tous les objets ; * correspond à n’importe quel texte, p. ex. ifIndex:*</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>Raise &amp;when:</source>
        <translation>Déclencher &amp;si :</translation>
    </message>
    <message>
        <source>Own range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>Unchecked: the device&apos;s own alarm levels (DOM or MCP).</source>
        <translation>Non cochée : les seuils d’alarme propres à l’équipement (DOM ou MCP).</translation>
    </message>
    <message>
        <source> dBm</source>
        <translation> dBm</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>P&amp;lage :</translation>
    </message>
    <message>
        <source>Clear only once the value is back beyond the level by this much.</source>
        <translation>N’effacer l’alarme qu’une fois la valeur revenue de part et d’autre du seuil d’au moins cet écart.</translation>
    </message>
    <message>
        <source>&amp;Hysteresis:</source>
        <translation>&amp;Hystérésis :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The condition must hold this long before the alarm is raised.</source>
        <translation>Durée pendant laquelle la condition doit persister avant le déclenchement de l’alarme.</translation>
    </message>
    <message>
        <source>&amp;For at least:</source>
        <translation>Durée mi&amp;nimale :</translation>
    </message>
    <message>
        <source>&amp;In a row:</source>
        <translation>&amp;D’affilée :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Loss above:</source>
        <translation>Per&amp;te supérieure à :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Latency above:</source>
        <translation>&amp;Latence supérieure à :</translation>
    </message>
    <message>
        <source>every interface; * matches any text, e.g. Ethernet*</source>
        <translation>toutes les interfaces ; * correspond à n’importe quel texte, p. ex. Ethernet*</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Interfaces :</translation>
    </message>
    <message>
        <source>&amp;Trap OID:</source>
        <translation>OID du &amp;trap :</translation>
    </message>
    <message>
        <source>optional: the notification that clears the alarm</source>
        <translation>facultatif : la notification qui efface l’alarme</translation>
    </message>
    <message>
        <source>&amp;Clearing trap OID:</source>
        <translation>OID du trap d’&amp;effacement :</translation>
    </message>
    <message>
        <source>&amp;Varbinds:</source>
        <translation>&amp;Varbinds :</translation>
    </message>
    <message>
        <source>&amp;From severity:</source>
        <translation>À partir de la gra&amp;vité :</translation>
    </message>
    <message>
        <source>every job kind; * matches any text, e.g. ssh.*</source>
        <translation>tous les types de tâche ; * correspond à n’importe quel texte, p. ex. ssh.*</translation>
    </message>
    <message>
        <source>&amp;Job kinds:</source>
        <translation>Types de tâc&amp;he :</translation>
    </message>
    <message>
        <source>OID prefix</source>
        <translation>Préfixe d’OID</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Égal à</translation>
    </message>
    <message>
        <source>Matches (regular expression)</source>
        <translation>Correspond à (expression régulière)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmRulesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Alarm Rules</source>
        <translation>Règles d’alarme</translation>
    </message>
    <message>
        <source>Write the rules into the workspace file and have the service apply them</source>
        <translation>Écrire les règles dans le fichier de l’espace de travail et les faire appliquer par le service</translation>
    </message>
    <message>
        <source>Built-in rules can be changed or turned off, not removed; removing a changed one restores its built-in values. Check a rule to enable it.</source>
        <translation>Les règles intégrées peuvent être modifiées ou désactivées, mais pas supprimées ; supprimer une règle intégrée modifiée rétablit ses valeurs par défaut. Cochez une règle pour l’activer.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s rules…</source>
        <translation>Lecture des règles de l’espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Restore Default</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) of the workspace file are not valid (shown in red); correct or remove them to save.</source>
        <translation>
            <numerusform>%n règle du fichier de l’espace de travail n’est pas valide (affichée en rouge) ; corrigez-la ou supprimez-la pour enregistrer.</numerusform>
            <numerusform>%n règles du fichier de l’espace de travail ne sont pas valides (affichées en rouge) ; corrigez-les ou supprimez-les pour enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Alarm Rule</source>
        <translation>Nouvelle règle d’alarme</translation>
    </message>
    <message>
        <source>Rule “%1” changed; Save writes it to the workspace.</source>
        <translation>Règle « %1 » modifiée ; « Enregistrer » l’écrit dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Rule “%1” is back to its built-in values.</source>
        <translation>La règle « %1 » a retrouvé ses valeurs par défaut.</translation>
    </message>
    <message>
        <source>Rule “%1” removed; Save writes the change to the workspace.</source>
        <translation>Règle « %1 » supprimée ; « Enregistrer » écrit la modification dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved. Rule “%1”: %2</source>
        <translation>Non enregistré. Règle « %1 » : %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to the workspace file; the service applies the rules now.</source>
        <translation>Enregistré dans le fichier de l’espace de travail ; le service applique maintenant les règles.</translation>
    </message>
    <message>
        <source>Saved to the workspace file, but not applied: %1</source>
        <translation>Enregistré dans le fichier de l’espace de travail, mais non appliqué : %1</translation>
    </message>
    <message>
        <source>The changes to the alarm rules are not saved. Discard them?</source>
        <translation>Les modifications des règles d’alarme ne sont pas enregistrées. Voulez-vous les abandonner ?</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmStatusWidget</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Aucune alarme</translation>
    </message>
    <message>
        <source>Alarms %1</source>
        <translation>Alarmes %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n non acquittée</numerusform>
            <numerusform>%n non acquittées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shelved or in maintenance (not counted)</source>
        <translation>
            <numerusform>%n en attente ou en maintenance (non comptée)</numerusform>
            <numerusform>%n en attente ou en maintenance (non comptées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The OpsDeck service cannot be reached: the counts may be out of date.</source>
        <translation>Le service OpsDeck est injoignable : les compteurs peuvent être obsolètes.</translation>
    </message>
    <message>
        <source>Click to show the alarms.</source>
        <translation>Cliquez pour afficher les alarmes.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::AlarmsView</name>
    <message>
        <source>Active alarms</source>
        <translation>Alarmes actives</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>Historique des alarmes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 ou plus grave</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non acquittées</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittées</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>Flapping</source>
        <translation>En oscillation</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre de site</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtre de rôle</translation>
    </message>
    <message>
        <source>Filter alarms…</source>
        <translation>Filtrer les alarmes…</translation>
    </message>
    <message>
        <source>&amp;Group by root cause</source>
        <translation>&amp;Regrouper par cause racine</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acquitter…</translation>
    </message>
    <message>
        <source>&amp;Shelve…</source>
        <translation>&amp;Mettre en attente…</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>&amp;Lever la mise en attente</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>&amp;Go to Device</source>
        <translation>Aller à l’é&amp;quipement</translation>
    </message>
    <message>
        <source>Open &amp;Dashboard</source>
        <translation>Ouvrir le tableau de bor&amp;d</translation>
    </message>
    <message>
        <source>Show in &amp;Rack</source>
        <translation>Afficher dans la &amp;baie</translation>
    </message>
    <message>
        <source>Show in &amp;Topology</source>
        <translation>Afficher dans la &amp;topologie</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Waiting for the OpsDeck service; the alarms shown may be out of date.</source>
        <translation>En attente du service OpsDeck ; les alarmes affichées peuvent être obsolètes.</translation>
    </message>
    <message>
        <source>%1 is not in this workspace&apos;s inventory.</source>
        <translation>%1 n’est pas dans l’inventaire de cet espace de travail.</translation>
    </message>
    <message>
        <source>Open a workspace to see its alarms.</source>
        <translation>Ouvrez un espace de travail pour voir ses alarmes.</translation>
    </message>
    <message>
        <source>The OpsDeck service cannot be reached; the alarms shown may be out of date.</source>
        <translation>Le service OpsDeck est injoignable ; les alarmes affichées peuvent être obsolètes.</translation>
    </message>
    <message>
        <source>Loading the alarms…</source>
        <translation>Chargement des alarmes…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CableDialog</name>
    <message>
        <source>Takes no cable (%1)</source>
        <translation>Non câblable (%1)</translation>
    </message>
    <message>
        <source>Cable pending in the change set</source>
        <translation>Câble en attente dans l’ensemble de modifications</translation>
    </message>
    <message>
        <source>Cabled to %1 %2</source>
        <translation>Câblée à %1 %2</translation>
    </message>
    <message>
        <source>Has cable #%1</source>
        <translation>Possède le câble n°%1</translation>
    </message>
    <message>
        <source>New Cable</source>
        <translation>Nouveau câble</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>Depuis %1 %2</translation>
    </message>
    <message>
        <source>Type to filter devices</source>
        <translation>Tapez pour filtrer les équipements</translation>
    </message>
    <message>
        <source>Unnamed device %1</source>
        <translation>Équipement sans nom %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n free)</source>
        <translation>
            <numerusform>%1 (%n libre)</numerusform>
            <numerusform>%1 (%n libres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Câble</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Optional, e.g. ff8800</source>
        <translation>Facultatif, p. ex. ff8800</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Far &amp;device:</source>
        <translation>Équipement &amp;distant :</translation>
    </message>
    <message>
        <source>Far &amp;interface:</source>
        <translation>&amp;Interface distante :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Éti&amp;quette :</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;ouleur :</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>Lon&amp;gueur :</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>%1 %2 already has a cable; remove it in NetBox before adding another.</source>
        <translation>%1 %2 a déjà un câble ; supprimez-le dans NetBox avant d’en ajouter un autre.</translation>
    </message>
    <message>
        <source>A cable from %1 %2 is already pending in the change set.</source>
        <translation>Un câble depuis %1 %2 est déjà en attente dans l’ensemble de modifications.</translation>
    </message>
    <message>
        <source>No devices of this site are in the store.</source>
        <translation>Aucun équipement de ce site n’est dans la base.</translation>
    </message>
    <message>
        <source>No device matches “%1”.</source>
        <translation>Aucun équipement ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Choose the device at the far end first.</source>
        <translation>Choisissez d’abord l’équipement à l’autre extrémité.</translation>
    </message>
    <message>
        <source>Choose a free interface of %1.</source>
        <translation>Choisissez une interface libre de %1.</translation>
    </message>
    <message>
        <source>%1 has no free interface to cable to.</source>
        <translation>%1 n’a aucune interface libre à câbler.</translation>
    </message>
    <message>
        <source>Cable Colour</source>
        <translation>Couleur du câble</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Aucune couleur</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChangeSetPanel</name>
    <message>
        <source>&amp;Push to NetBox</source>
        <translation>&amp;Envoyer à NetBox</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la version NetBox</translation>
    </message>
    <message>
        <source>&amp;Discard edit</source>
        <translation>Abandonner la &amp;modification</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Retirer les terminées</translation>
    </message>
    <message>
        <source>Write the local values over NetBox&apos;s current ones on the next push</source>
        <translation>Écraser les valeurs actuelles de NetBox par les valeurs locales au prochain envoi</translation>
    </message>
    <message>
        <source>Drop the local edit and keep what NetBox holds now</source>
        <translation>Abandonner la modification locale et garder ce que NetBox contient actuellement</translation>
    </message>
    <message>
        <source>No pending changes. Edits made in the console appear here.</source>
        <translation>Aucune modification en attente. Les modifications faites dans la console apparaissent ici.</translation>
    </message>
    <message>
        <source>Pushing to NetBox…</source>
        <translation>Envoi vers NetBox…</translation>
    </message>
    <message>
        <source>%1 to push, %2 in conflict, %3 failed, %4 written</source>
        <translation>%1 à envoyer, %2 en conflit, %3 en échec, %4 écrites</translation>
    </message>
    <message>
        <source>%1 to push, %2 in conflict, %3 failed, %4 written. Offline: the edits are kept in the workspace; open Tools ▸ NetBox Sync or start the OpsDeck service to push them.</source>
        <translation>%1 à envoyer, %2 en conflit, %3 en échec, %4 écrites. Hors ligne : les modifications sont conservées dans l’espace de travail ; ouvrez Outils ▸ Synchronisation NetBox ou démarrez le service OpsDeck pour les envoyer.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChartAnomalies</name>
    <message>
        <source>%1: %2</source>
        <comment>series and why it is unusual</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ChartEmptyNotice</name>
    <message>
        <source>No data: nothing was collected for this chart in the time shown.</source>
        <translation>Aucune donnée : rien n’a été collecté pour ce graphique sur la période affichée.</translation>
    </message>
    <message>
        <source>No data: no polled SNMP interface matches this interface, so nothing is collected for it.</source>
        <translation>Aucune donnée : aucune interface SNMP interrogée ne correspond à cette interface, rien n’est donc collecté pour elle.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ComplianceExport</name>
    <message>
        <source>(no site)</source>
        <translation>(aucun site)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Non conformes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Upgrade path: %1</source>
        <translation>Chemin de mise à niveau : %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>Checked %1; %n device(s).</source>
        <translation>Vérification : %1 ; équipements : %n.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Devices that are not compliant</source>
        <translation>Équipements non conformes</translation>
    </message>
    <message>
        <source>Every device checked is compliant.</source>
        <translation>Tous les équipements vérifiés sont conformes.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ComplianceView</name>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Push &amp;Remediation…</source>
        <translation>Déployer une co&amp;rrection…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Nothing to push: the running configuration has every intended line.</source>
        <translation>Rien à déployer : la configuration en cours contient toutes les lignes prévues.</translation>
    </message>
    <message>
        <source>Dry run, then push these lines after approval; rolled back if the check after fails</source>
        <translation>Simulation, puis déploiement de ces lignes après approbation ; rollback si le contrôle qui suit échoue</translation>
    </message>
    <message>
        <source>Lines that would converge it:</source>
        <translation>Lignes qui le rendraient conforme :</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Contrôles</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Dérive</translation>
    </message>
    <message>
        <source>%1 of %2 devices</source>
        <translation>%1 équipements sur %2</translation>
    </message>
    <message>
        <source>Compliance is not available: the console is not connected to the OpsDeck service.</source>
        <translation>La conformité n’est pas disponible : la console n’est pas connectée au service OpsDeck.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’équipement</translation>
    </message>
    <message>
        <source>Evaluate every device now against the rules, its intended configuration and its target version</source>
        <translation>Évaluer maintenant chaque équipement selon les règles, sa configuration prévue et sa version cible</translation>
    </message>
    <message>
        <source>Save the devices shown as CSV or PDF</source>
        <translation>Enregistrer les équipements affichés au format CSV ou PDF</translation>
    </message>
    <message>
        <source>The service is checking the devices for the first time…</source>
        <translation>Le service vérifie les équipements pour la première fois…</translation>
    </message>
    <message>
        <source>No compliance check has run yet: Check Now evaluates every device.</source>
        <translation>Aucune vérification de conformité n’a encore été effectuée : « Vérifier maintenant » évalue chaque équipement.</translation>
    </message>
    <message>
        <source>%1: %2 compliant, %3 not compliant, %4 unknown. Checked %5.</source>
        <translation>%1 : %2 conformes, %3 non conformes, %4 inconnus. Vérification : %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device to see its checks.</source>
        <translation>Sélectionnez un équipement pour voir ses contrôles.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Comparing %1 with its intended configuration…</source>
        <translation>Comparaison de %1 avec sa configuration prévue…</translation>
    </message>
    <message>
        <source>The running configuration (backup version %1) is as intended (%2).</source>
        <translation>La configuration en cours (version sauvegardée %1) est conforme à la configuration prévue (%2).</translation>
    </message>
    <message>
        <source>Left: running configuration, backup version %1. Right: intended, from %2. %3 intended, %4 not intended (volatile lines ignored).</source>
        <translation>À gauche : configuration en cours, version sauvegardée %1. À droite : configuration prévue, issue de %2. Prévues : %3, non prévues : %4 (lignes volatiles ignorées).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) missing</source>
        <translation>
            <numerusform>%n ligne manquante</numerusform>
            <numerusform>%n lignes manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exporter le rapport de conformité</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV file (*.csv)</source>
        <translation>Document PDF (*.pdf);;Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConfigHistoryView</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Historique de configuration</translation>
    </message>
    <message>
        <source>Configuration history of %1</source>
        <translation>Historique de configuration de %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sauvegardée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Select one version to compare it with the one before, or two to compare them</source>
        <translation>Sélectionnez une version pour la comparer à la précédente, ou deux pour les comparer entre elles</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Ask the service for the versions again</source>
        <translation>Redemander les versions au service</translation>
    </message>
    <message>
        <source>Save the differences or the configuration shown to a file</source>
        <translation>Enregistrer dans un fichier les différences ou la configuration affichées</translation>
    </message>
    <message>
        <source>There are no configuration backups of %1 yet. Scheduled backups and backup jobs keep its versions here.</source>
        <translation>Il n’existe encore aucune sauvegarde de configuration de %1. Les sauvegardes planifiées et les tâches de sauvegarde conservent ici ses versions.</translation>
    </message>
    <message>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Version %1 is the first one kept: there is nothing earlier to compare it with.</source>
        <translation>La version %1 est la première conservée : il n’y en a aucune plus ancienne à laquelle la comparer.</translation>
    </message>
    <message>
        <source>Versions %1 and %2 are the same.</source>
        <translation>Les versions %1 et %2 sont identiques.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Configuration (*.cfg *.txt);;All files (*)</source>
        <translation>Configuration (*.cfg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unified diff (*.diff *.patch);;All files (*)</source>
        <translation>Diff unifié (*.diff *.patch);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Side by &amp;Side</source>
        <translation>Cô&amp;te à côte</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <source>Version %1 against %2: %3, %4.</source>
        <translation>Version %1 par rapport à %2 : %3, %4.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConfigSearchView</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Configuration search</source>
        <translation>Recherche dans les configurations</translation>
    </message>
    <message>
        <source>Text in the latest configuration of every device, e.g. snmp-server community</source>
        <translation>Texte dans la dernière configuration de chaque équipement, p. ex. snmp-server community</translation>
    </message>
    <message>
        <source>Searches the latest backup of each device the service keeps.</source>
        <translation>Recherche dans la dernière sauvegarde de chaque équipement conservée par le service.</translation>
    </message>
    <message>
        <source>Device / line</source>
        <translation>Équipement / ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Saisissez ce que vous recherchez.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Version %1; activate to open the configuration history</source>
        <translation>Version %1 ; activer pour ouvrir l’historique de configuration</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No line matches in the %n device(s) with a backup.</source>
        <translation>
            <numerusform>Aucune ligne ne correspond parmi %n équipement ayant une sauvegarde.</numerusform>
            <numerusform>Aucune ligne ne correspond parmi %n équipements ayant une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 of %3 devices with a backup.</source>
        <translation>%1 dans %2 des %3 équipements ayant une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n are shown: narrow the search.</source>
        <translation>
            <numerusform>Seul le premier résultat (%n) est affiché : affinez la recherche.</numerusform>
            <numerusform>Seuls les %n premiers résultats sont affichés : affinez la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Matches</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The matches could not be written: %1</source>
        <translation>Les résultats n’ont pas pu être écrits : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConnectionForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConnectionsDialog</name>
    <message>
        <source>Connections of %1</source>
        <translation>Connexions de %1</translation>
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
        <translation>Enregistré dans %1. Les jetons et les mots de passe sont placés dans le coffre-fort.</translation>
    </message>
    <message>
        <source>Name of a credential, e.g. snmp/core (Workspace › Credentials…)</source>
        <translation>Nom d’un identifiant, p. ex. snmp/core (Espace de travail › Identifiants…)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>Agent port:</source>
        <translation>Port de l’agent :</translation>
    </message>
    <message>
        <source>SNMP Polling</source>
        <translation>Interrogation SNMP</translation>
    </message>
    <message>
        <source>SNMP Profiles</source>
        <translation>Profils SNMP</translation>
    </message>
    <message>
        <source>SSH Profiles</source>
        <translation>Profils SSH</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ConsoleStatusBar</name>
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
        <translation>Tâches d’arrière-plan</translation>
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
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>NetBox: %1 · not synced in this session</source>
        <translation>NetBox : %1 · non synchronisé pendant cette session</translation>
    </message>
    <message>
        <source>%1 · %2 sites · %3 racks · %4 devices · %5 interfaces</source>
        <translation>%1 · %2 sites · %3 baies · %4 équipements · %5 interfaces</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) running</source>
        <translation>
            <numerusform>%n tâche d’arrière-plan en cours</numerusform>
            <numerusform>%n tâches d’arrière-plan en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialEditor</name>
    <message>
        <source>Add Credential</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Remplacer %1</translation>
    </message>
    <message>
        <source>e.g. netbox/token, snmp/core, ssh/backup</source>
        <translation>p. ex. netbox/token, snmp/core, ssh/backup</translation>
    </message>
    <message>
        <source>API token or password</source>
        <translation>Jeton d’API ou mot de passe</translation>
    </message>
    <message>
        <source>SNMP v1/v2c community</source>
        <translation>Communauté SNMP v1/v2c</translation>
    </message>
    <message>
        <source>SNMPv3 user</source>
        <translation>Utilisateur SNMPv3</translation>
    </message>
    <message>
        <source>SSH user with a password</source>
        <translation>Utilisateur SSH avec mot de passe</translation>
    </message>
    <message>
        <source>SSH user with a private key</source>
        <translation>Utilisateur SSH avec clé privée</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Communauté :</translation>
    </message>
    <message>
        <source>none (authNoPriv)</source>
        <translation>aucun (authNoPriv)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Auth passphrase:</source>
        <translation>Phrase secrète d’authentification :</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Chiffrement :</translation>
    </message>
    <message>
        <source>Privacy passphrase:</source>
        <translation>Phrase secrète de chiffrement :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Private key file to import (OpenSSH format)</source>
        <translation>Fichier de clé privée à importer (format OpenSSH)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Values are stored encrypted and never shown again.</source>
        <translation>Les valeurs sont enregistrées chiffrées et ne sont plus jamais affichées.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>The credential needs a name.</source>
        <translation>L’identifiant doit avoir un nom.</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>La valeur</translation>
    </message>
    <message>
        <source>The community</source>
        <translation>La communauté</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>L’utilisateur</translation>
    </message>
    <message>
        <source>The authentication passphrase</source>
        <translation>La phrase secrète d’authentification</translation>
    </message>
    <message>
        <source>The privacy passphrase</source>
        <translation>La phrase secrète de chiffrement</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Le mot de passe</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>%1 is not a private key file.</source>
        <translation>%1 n’est pas un fichier de clé privée.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialProfilesEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Devices get the profile of the first rule matching their site, role and tag (slugs or names as NetBox has them); the others are polled with the SNMP Polling tab&apos;s setting. Credentials are names of vault entries (Workspace › Credentials…).</source>
        <translation>Les équipements reçoivent le profil de la première règle qui correspond à leur site, leur rôle et leur étiquette (slugs ou noms tels que NetBox les enregistre) ; les autres sont interrogés selon le réglage de l’onglet « Interrogation SNMP ». Les identifiants sont des noms d’entrées du coffre-fort (Espace de travail › Identifiants…).</translation>
    </message>
    <message>
        <source>SSH jobs that name no credential use the profile of the first rule matching the device&apos;s site, role and tag. Credentials are names of vault entries holding NAME/key or NAME/password.</source>
        <translation>Les tâches SSH qui ne désignent aucun identifiant utilisent le profil de la première règle qui correspond au site, au rôle et à l’étiquette de l’équipement. Les identifiants sont des noms d’entrées du coffre-fort contenant NOM/key ou NOM/password.</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>Rules, first match wins:</source>
        <translation>Règles (la première qui correspond s’applique) :</translation>
    </message>
    <message>
        <source>any site</source>
        <translation>tout site</translation>
    </message>
    <message>
        <source>any role</source>
        <translation>tout rôle</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>toute étiquette</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::CredentialsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Credentials are kept encrypted in this workspace&apos;s vault (%1) and used by its service, which needs no passphrase in its environment or on its command line.</source>
        <translation>Les identifiants sont conservés chiffrés dans le coffre-fort de cet espace de travail (%1) et utilisés par son service, qui n’a besoin d’aucune phrase secrète dans son environnement ni sur sa ligne de commande.</translation>
    </message>
    <message>
        <source>vault.bin</source>
        <translation>vault.bin</translation>
    </message>
    <message>
        <source>The workspace&apos;s service is not reachable yet.</source>
        <translation>Le service de l’espace de travail n’est pas encore joignable.</translation>
    </message>
    <message>
        <source>The vault is locked: Workspace › Unlock Vault…</source>
        <translation>Le coffre-fort est verrouillé : Espace de travail › Déverrouiller le coffre-fort…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n identifiant</numerusform>
            <numerusform>%n identifiants</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Delete Credential</source>
        <translation>Supprimer l’identifiant</translation>
    </message>
    <message>
        <source>Delete %1? It is used by: %2.</source>
        <translation>Supprimer %1 ? Utilisé par : %2.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>nothing in the configuration</source>
        <translation>rien dans la configuration</translation>
    </message>
    <message>
        <source>&amp;Forget Passphrase</source>
        <translation>&amp;Oublier la phrase secrète</translation>
    </message>
    <message>
        <source>Remove the vault&apos;s passphrase from the login keychain; the service then asks for it when it starts</source>
        <translation>Retirer la phrase secrète du coffre-fort du trousseau de session ; le service la demande alors à son démarrage</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DetailsPanel</name>
    <message>
        <source>Object details</source>
        <translation>Détails de l’objet</translation>
    </message>
    <message>
        <source>Select a device in the tree, the table or the search (Ctrl+K) to see its details.</source>
        <translation>Sélectionnez un équipement dans l’arborescence, le tableau ou la recherche (Ctrl+K) pour voir ses détails.</translation>
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
        <translation>N° d’inventaire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Airflow</source>
        <translation>Flux d’air</translation>
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
        <translation>Aucune URL NetBox n’est configurée pour cet espace de travail.</translation>
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
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Open the device dashboard: charts and live interface rates</source>
        <translation>Ouvrir le tableau de bord de l’équipement : graphiques et débits des interfaces en direct</translation>
    </message>
    <message>
        <source>Double-click an interface (or press Enter) to open its chart</source>
        <translation>Double-cliquez sur une interface (ou appuyez sur Entrée) pour ouvrir son graphique</translation>
    </message>
    <message>
        <source>Show Chart</source>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the device&apos;s NetBox attributes; the change waits in NetBox Changes until pushed</source>
        <translation>Modifier les attributs NetBox de l’équipement ; la modification attend dans les Modifications NetBox jusqu’à son envoi</translation>
    </message>
    <message>
        <source>Edit Interface…</source>
        <translation>Modifier l’interface…</translation>
    </message>
    <message>
        <source>Connect Cable…</source>
        <translation>Connecter un câble…</translation>
    </message>
    <message>
        <source>Assign IP Address…</source>
        <translation>Attribuer une adresse IP…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceAlarmsPanel</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Alarms of the device</source>
        <translation>Alarmes de l’équipement</translation>
    </message>
    <message>
        <source>The device&apos;s alarms are not available: the console is not connected to the OpsDeck service.</source>
        <translation>Les alarmes de l’équipement ne sont pas disponibles : la console n’est pas connectée au service OpsDeck.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loading the alarms of %1…</source>
        <translation>Chargement des alarmes de %1…</translation>
    </message>
    <message>
        <source>%1 has had no alarms.</source>
        <translation>%1 n’a eu aucune alarme.</translation>
    </message>
    <message numerus="yes">
        <source>Alarms (%n active)</source>
        <translation>
            <numerusform>Alarmes (%n active)</numerusform>
            <numerusform>Alarmes (%n actives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceDashboard</name>
    <message>
        <source>Show in &amp;Rack</source>
        <translation>Afficher dans la &amp;baie</translation>
    </message>
    <message>
        <source>Device dashboard</source>
        <translation>Tableau de bord de l’équipement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show the device in the details panel</source>
        <translation>Afficher l’équipement dans le panneau de détails</translation>
    </message>
    <message>
        <source>Open the rack elevation with this device selected</source>
        <translation>Ouvrir l’élévation de la baie avec cet équipement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Show the devices around this one</source>
        <translation>Afficher les équipements autour de celui-ci</translation>
    </message>
    <message>
        <source>Summary charts</source>
        <translation>Graphiques de synthèse</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 entrée</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 sortie</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>%1 discards</source>
        <translation>%1 rejets</translation>
    </message>
    <message>
        <source>%1 Rx</source>
        <translation>%1 Rx</translation>
    </message>
    <message>
        <source>Uplink traffic</source>
        <translation>Trafic des liaisons montantes</translation>
    </message>
    <message>
        <source>Uplink errors and discards (received)</source>
        <translation>Erreurs et rejets des liaisons montantes (reçus)</translation>
    </message>
    <message>
        <source>Optical receive power</source>
        <translation>Puissance optique reçue</translation>
    </message>
    <message>
        <source>Configuration &amp;History</source>
        <translation>&amp;Historique de configuration</translation>
    </message>
    <message>
        <source>Show the backed-up configuration versions of this device and their differences</source>
        <translation>Afficher les versions de configuration sauvegardées de cet équipement et leurs différences</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceEditDialog</name>
    <message>
        <source>Edit Device</source>
        <translation>Modifier l’équipement</translation>
    </message>
    <message>
        <source>Unnamed device %1</source>
        <translation>Équipement sans nom %1</translation>
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
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>&amp;Asset tag:</source>
        <translation>Numéro d’&amp;inventaire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Enter a name; NetBox needs one here.</source>
        <translation>Saisissez un nom ; NetBox en exige un ici.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::DeviceTablePanel</name>
    <message>
        <source>Filter by name, role, type, platform, IP, serial or asset tag</source>
        <translation>Filtrer par nom, rôle, type, plateforme, IP, n° de série ou n° d’inventaire</translation>
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
    <name>OpsDeck::Widgets::InterfaceChartWidget</name>
    <message>
        <source>%1 traffic</source>
        <translation>Trafic de %1</translation>
    </message>
    <message>
        <source>%1 errors and discards</source>
        <translation>Erreurs et rejets de %1</translation>
    </message>
    <message>
        <source>Rx power</source>
        <translation>Puissance Rx</translation>
    </message>
    <message>
        <source>Tx power</source>
        <translation>Puissance Tx</translation>
    </message>
    <message>
        <source>%1 optical power</source>
        <translation>Puissance optique de %1</translation>
    </message>
    <message>
        <source>High alarm</source>
        <translation>Alarme haute</translation>
    </message>
    <message>
        <source>High warning</source>
        <translation>Avertissement haut</translation>
    </message>
    <message>
        <source>Low warning</source>
        <translation>Avertissement bas</translation>
    </message>
    <message>
        <source>Low alarm</source>
        <translation>Alarme basse</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::InterfaceEditDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Edit Interface</source>
        <translation>Modifier l’interface</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::IpAddressDialog</name>
    <message>
        <source>Assign IP Address</source>
        <translation>Attribuer une adresse IP</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Interface %1</translation>
    </message>
    <message>
        <source>e.g. 192.0.2.10/24 or 2001:db8::10/64</source>
        <translation>p. ex. 192.0.2.10/24 ou 2001:db8::10/64</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Already assigned:</source>
        <translation>Déjà attribuées :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>D&amp;NS name:</source>
        <translation>&amp;Nom DNS :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::JobDetailsPane</name>
    <message>
        <source>&amp;Approve</source>
        <translation>Approu&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>A&amp;nnuler la tâche</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requested by %1 on %2</source>
        <translation>Demandée par %1 le %2</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Cibles : %1</translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>No approval required.</source>
        <translation>Aucune approbation requise.</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n approval(s); none yet.</source>
        <translation>
            <numerusform>Nécessite %n approbation ; aucune pour l’instant.</numerusform>
            <numerusform>Nécessite %n approbations ; aucune pour l’instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved by %1 (%2 of %3).</source>
        <translation>Approuvée par %1 (%2 sur %3).</translation>
    </message>
    <message>
        <source>Approve this job as %1</source>
        <translation>Approuver cette tâche en tant que %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>This job has produced no output yet.</source>
        <translation>Cette tâche n’a encore produit aucune sortie.</translation>
    </message>
    <message>
        <source>Diff (%1)</source>
        <translation>Diff (%1)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket : %1</translation>
    </message>
    <message>
        <source>Targets (%1 of %2 done, %3 failed)</source>
        <translation>Cibles (%1 sur %2 terminées, %3 en échec)</translation>
    </message>
    <message>
        <source>Targets (%1 of %2 done)</source>
        <translation>Cibles (%1 sur %2 terminées)</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Cancelled or interrupted</source>
        <translation>Annulées ou interrompues</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by target, intent, requester…</source>
        <translation>Filtrer par cible, objectif, demandeur…</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Seulement les miennes</translation>
    </message>
    <message>
        <source>%1 on %2 succeeded.</source>
        <translation>%1 sur %2 : réussie.</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 : échec : %3</translation>
    </message>
    <message>
        <source>%1 on %2 ended: %3.</source>
        <translation>%1 sur %2 terminée : %3.</translation>
    </message>
    <message>
        <source>OpsDeck jobs</source>
        <translation>Tâches OpsDeck</translation>
    </message>
    <message>
        <source>OpsDeck job finished</source>
        <translation>Tâche OpsDeck terminée</translation>
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
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open another workspace folder</source>
        <translation>Ouvrir un autre dossier d’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Reload Inventory</source>
        <translation>&amp;Recharger l’inventaire</translation>
    </message>
    <message>
        <source>Read the inventory again from the store</source>
        <translation>Relire l’inventaire depuis la base</translation>
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
        <translation>Copier l’adresse &amp;IP</translation>
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
        <translation>Ouvrir l’objet sélectionné dans NetBox avec le navigateur</translation>
    </message>
    <message>
        <source>Site &amp;Overview</source>
        <translation>&amp;Vue d’ensemble du site</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
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
        <translation>Affic&amp;hage</translation>
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
        <source>%1 — OpsDeck</source>
        <translation>%1 — OpsDeck</translation>
    </message>
    <message>
        <source>Loading the inventory…</source>
        <translation>Chargement de l’inventaire…</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>L’espace de travail n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>A background query failed: %1</source>
        <translation>Une requête d’arrière-plan a échoué : %1</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l’espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>%1 is not assigned to a device.</source>
        <translation>%1 n’est attribué à aucun équipement.</translation>
    </message>
    <message>
        <source>Overview: %1</source>
        <translation>Vue d’ensemble : %1</translation>
    </message>
    <message>
        <source>The selection has no primary IP address.</source>
        <translation>La sélection n’a pas d’adresse IP principale.</translation>
    </message>
    <message>
        <source>No NetBox URL is configured for this workspace.</source>
        <translation>Aucune URL NetBox n’est configurée pour cet espace de travail.</translation>
    </message>
    <message>
        <source>Open in NetBox</source>
        <translation>Ouvrir dans NetBox</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Aucun navigateur n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Copy IP Address</source>
        <translation>Copier l’adresse IP</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Open Site Overview</source>
        <translation>Ouvrir la vue d’ensemble du site</translation>
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
        <translation>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Console d&apos;exploitation pour les réseaux et les centres de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Racks</source>
        <translation>&amp;Baies</translation>
    </message>
    <message>
        <source>Show the rack elevation of the selected rack or device, or the racks of the site</source>
        <translation>Afficher l’élévation de la baie ou de l’équipement sélectionné, ou les baies du site</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>Show the topology of the selected site</source>
        <translation>Afficher la topologie du site sélectionné</translation>
    </message>
    <message>
        <source>Device Das&amp;hboard</source>
        <translation>Tableau de bord de l’é&amp;quipement</translation>
    </message>
    <message>
        <source>Show charts and live interface rates of the selected device</source>
        <translation>Afficher les graphiques et les débits en direct de l’équipement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>Open Racks</source>
        <translation>Ouvrir les baies</translation>
    </message>
    <message>
        <source>Open Topology</source>
        <translation>Ouvrir la topologie</translation>
    </message>
    <message>
        <source>Open Rack Elevation</source>
        <translation>Ouvrir l’élévation de la baie</translation>
    </message>
    <message>
        <source>The racks could not be loaded: %1</source>
        <translation>Les baies n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Rack: %1</source>
        <translation>Baie : %1</translation>
    </message>
    <message>
        <source>Racks: %1</source>
        <translation>Baies : %1</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Topology: %1</source>
        <translation>Topologie : %1</translation>
    </message>
    <message numerus="yes">
        <source>Topology: %n hop(s) around %1</source>
        <translation>
            <numerusform>Topologie : %n saut autour de %1</numerusform>
            <numerusform>Topologie : %n sauts autour de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <source>The interface is not in the inventory any more.</source>
        <translation>L’interface n’est plus dans l’inventaire.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Show in Rack</source>
        <translation>Afficher dans la baie</translation>
    </message>
    <message>
        <source>Show Topology Around</source>
        <translation>Afficher la topologie autour</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n saut</numerusform>
            <numerusform>%n sauts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Chart of %1 %2</source>
        <translation>Afficher le graphique de %1 %2</translation>
    </message>
    <message>
        <source>LLDP Audit</source>
        <translation>Audit LLDP</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) LLDP does not see were left out: the change set creates and updates objects but does not delete them. Remove them in NetBox after checking the links.</source>
        <translation>
            <numerusform>%n câble non vu par LLDP a été laissé de côté : l’ensemble de modifications crée et met à jour des objets, mais n’en supprime aucun. Supprimez-le dans NetBox après avoir vérifié les liens.</numerusform>
            <numerusform>%n câbles non vus par LLDP ont été laissés de côté : l’ensemble de modifications crée et met à jour des objets, mais n’en supprime aucun. Supprimez-les dans NetBox après avoir vérifié les liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Device…</source>
        <translation>Modifier l’équipement…</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) LLDP sees were left out: a port at one end is not an interface NetBox knows. Add the interface in NetBox, sync, and audit again.</source>
        <translation>
            <numerusform>%n câble vu par LLDP a été ignoré : un port à l’une de ses extrémités n’est pas une interface connue de NetBox. Ajoutez l’interface dans NetBox, synchronisez, puis relancez l’audit.</numerusform>
            <numerusform>%n câbles vus par LLDP ont été ignorés : un port à l’une de leurs extrémités n’est pas une interface connue de NetBox. Ajoutez l’interface dans NetBox, synchronisez, puis relancez l’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration &amp;History</source>
        <translation>&amp;Historique de configuration</translation>
    </message>
    <message>
        <source>Show the backed-up configuration versions of the selected device and their differences</source>
        <translation>Afficher les versions de configuration sauvegardées de l’équipement sélectionné et leurs différences</translation>
    </message>
    <message>
        <source>Configuration History</source>
        <translation>Historique de configuration</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Run Commands…</source>
        <translation>&amp;Exécuter des commandes…</translation>
    </message>
    <message>
        <source>&amp;Launch Workflow…</source>
        <translation>&amp;Lancer un workflow…</translation>
    </message>
    <message>
        <source>On the selected devices, or on the devices of a site, role or tag</source>
        <translation>Sur les équipements sélectionnés, ou sur ceux d’un site, d’un rôle ou d’une étiquette</translation>
    </message>
    <message>
        <source>O&amp;perations</source>
        <translation>O&amp;pérations</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Run Commands…</source>
        <translation>Exécuter des commandes…</translation>
    </message>
    <message>
        <source>Launch Workflow…</source>
        <translation>Lancer un workflow…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::McpConnectionForm</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Stored in the vault as %1; type to replace</source>
        <translation>Enregistré dans le coffre-fort sous %1 ; saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <source>Type the address of your Ciena MCP first.</source>
        <translation>Saisissez d’abord l’adresse de votre Ciena MCP.</translation>
    </message>
    <message>
        <source>Type the user name and the password to test the connection.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe pour tester la connexion.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::McpMatchReviewWidget</name>
    <message>
        <source>Unmatched only</source>
        <translation>Non associés uniquement</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Clear match</source>
        <translation>Supprimer l’association</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>Équipement NetBox</translation>
    </message>
    <message>
        <source>Match the selected element to:</source>
        <translation>Associer l’élément sélectionné à :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n network element(s) matched</source>
        <translation>
            <numerusform>%n élément de réseau associé,</numerusform>
            <numerusform>%n éléments de réseau associés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>The matching could not be read or saved: %1</source>
        <translation>L’association n’a pas pu être lue ou enregistrée : %1</translation>
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
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les dernières %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Follow new samples (Home or a double click on a chart)</source>
        <translation>Suivre les nouvelles mesures (Origine ou double-clic sur un graphique)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: zoom to range · Shift+drag: pan</source>
        <translation>Molette : zoom · glisser : zoomer sur la plage · Maj+glisser : déplacer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>Image SVG…</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>Données CSV…</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Errors and discards</source>
        <translation>Erreurs et rejets</translation>
    </message>
    <message>
        <source>In errors</source>
        <translation>Erreurs en entrée</translation>
    </message>
    <message>
        <source>Out errors</source>
        <translation>Erreurs en sortie</translation>
    </message>
    <message>
        <source>In discards</source>
        <translation>Rejets en entrée</translation>
    </message>
    <message>
        <source>Out discards</source>
        <translation>Rejets en sortie</translation>
    </message>
    <message>
        <source>Optical power</source>
        <translation>Puissance optique</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart data could not be loaded or saved: %1</source>
        <translation>Les données du graphique n’ont pas pu être chargées ou enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::NetboxConnectionForm</name>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>API token (Admin › API Tokens in NetBox)</source>
        <translation>Jeton d’API (Admin › API Tokens dans NetBox)</translation>
    </message>
    <message>
        <source>Recognise from the token</source>
        <translation>Déduire du jeton</translation>
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
        <translation>Uniquement pour une autorité de certification privée</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Optional: certificate SHA-256 fingerprints, comma-separated</source>
        <translation>Facultatif : empreintes SHA-256 des certificats, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API :</translation>
    </message>
    <message>
        <source>Token &amp;kind:</source>
        <translation>&amp;Type de jeton :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d’AC :</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>&amp;Certificat épinglé :</translation>
    </message>
    <message>
        <source>Stored in the vault; type a new one to replace it</source>
        <translation>Enregistré dans le coffre-fort ; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Type the address of your NetBox first.</source>
        <translation>Saisissez d’abord l’adresse de votre NetBox.</translation>
    </message>
    <message>
        <source>Type the API token to test the connection.</source>
        <translation>Saisissez le jeton d’API pour tester la connexion.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::NewWorkspaceWizard</name>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The workspace was not created: %1</source>
        <translation>L’espace de travail n’a pas été créé : %1</translation>
    </message>
    <message>
        <source>Name the workspace</source>
        <translation>Nommer l’espace de travail</translation>
    </message>
    <message>
        <source>A workspace is one estate: its connections, credentials, inventory and plans.</source>
        <translation>Un espace de travail correspond à un parc : ses connexions, ses identifiants, son inventaire et ses plans.</translation>
    </message>
    <message>
        <source>e.g. Amsterdam DC or Customer X</source>
        <translation>p. ex. DC Amsterdam ou Client X</translation>
    </message>
    <message>
        <source>In OpsDeck&apos;s data folder (recommended)</source>
        <translation>Dans le dossier de données d’OpsDeck (recommandé)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Empty Folder for the Workspace</source>
        <translation>Dossier vide pour l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>A workspace named %1 exists already.</source>
        <translation>Un espace de travail nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Where the inventory is kept</source>
        <translation>Emplacement de l’inventaire</translation>
    </message>
    <message>
        <source>&amp;Embedded (SQLite in the workspace folder; nothing to set up)</source>
        <translation>&amp;Intégré (SQLite dans le dossier de l’espace de travail ; rien à configurer)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server shared by a team</source>
        <translation>Ser&amp;veur PostgreSQL partagé par une équipe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✔ Connected to %1 on %2</source>
        <translation>✔ Connecté à %1 sur %2</translation>
    </message>
    <message>
        <source>Connect to NetBox</source>
        <translation>Se connecter à NetBox</translation>
    </message>
    <message>
        <source>NetBox is the source of truth: OpsDeck mirrors its sites, racks, devices, cables and addresses. Releases 3.0 to 4.6 are supported.</source>
        <translation>NetBox est la source de vérité : OpsDeck en réplique les sites, les baies, les équipements, les câbles et les adresses. Les versions 3.0 à 4.6 sont prises en charge.</translation>
    </message>
    <message>
        <source>&amp;Connect to NetBox later</source>
        <translation>Se connecter à NetBox p&amp;lus tard</translation>
    </message>
    <message>
        <source>Optical and monitoring sources (optional)</source>
        <translation>Sources optiques et de supervision (facultatives)</translation>
    </message>
    <message>
        <source>Leave empty what you do not use; Workspace › Connections… changes it later.</source>
        <translation>Laissez vide ce que vous n’utilisez pas ; Espace de travail › Connexions… permet de le modifier plus tard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PRTG&lt;/b&gt; (import of devices and history)</source>
        <translation>&lt;b&gt;PRTG&lt;/b&gt; (import des équipements et de l’historique)</translation>
    </message>
    <message>
        <source>Protect the credentials</source>
        <translation>Protéger les identifiants</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans %2</translation>
    </message>
    <message>
        <source>OpsDeck&apos;s data folder</source>
        <translation>le dossier de données d’OpsDeck</translation>
    </message>
    <message>
        <source>Inventory on PostgreSQL %1/%2</source>
        <translation>Inventaire sur PostgreSQL %1/%2</translation>
    </message>
    <message>
        <source>Inventory in the embedded store</source>
        <translation>Inventaire dans la base intégrée</translation>
    </message>
    <message>
        <source>NetBox %1: a full sync runs right after creation (you can cancel it)</source>
        <translation>NetBox %1 : une synchronisation complète est lancée juste après la création (vous pouvez l’annuler)</translation>
    </message>
    <message>
        <source>NetBox: later, from Workspace › Connections…</source>
        <translation>NetBox : plus tard, depuis Espace de travail › Connexions…</translation>
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
            <numerusform>%n secret est placé dans le coffre-fort</numerusform>
            <numerusform>%n secrets sont placés dans le coffre-fort</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Ciena MCP&lt;/b&gt; (optical inventory, alarms and PM)</source>
        <translation>&lt;b&gt;Ciena MCP&lt;/b&gt; (inventaire optique, alarmes et données PM)</translation>
    </message>
    <message>
        <source>Tokens and passwords are kept encrypted in the workspace&apos;s vault, opened with this passphrase. It is never stored in clear; the login keychain can keep it for you.</source>
        <translation>Les jetons et les mots de passe sont conservés chiffrés dans le coffre-fort de l’espace de travail, qui s’ouvre avec cette phrase secrète. Elle n’est jamais enregistrée en clair ; le trousseau de session peut la conserver pour vous.</translation>
    </message>
    <message>
        <source>Re&amp;member it in the login keychain, so that the service unlocks the vault by itself</source>
        <translation>&amp;Mémoriser dans le trousseau de session, pour que le service déverrouille le coffre-fort de lui-même</translation>
    </message>
    <message>
        <source>Where no keychain answers (a server or a minimal desktop), the passphrase is asked when the service starts.</source>
        <translation>Là où aucun trousseau ne répond (serveur ou bureau minimal), la phrase secrète est demandée au démarrage du service.</translation>
    </message>
    <message>
        <source>The login keychain remembers the vault&apos;s passphrase, where one answers</source>
        <translation>Le trousseau de session mémorise la phrase secrète du coffre-fort, si un trousseau répond</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::OperationsDialog</name>
    <message>
        <source>Configuration backup, four devices at a time</source>
        <translation>Sauvegarde de configuration, quatre équipements à la fois</translation>
    </message>
    <message>
        <source>Preview configuration lines (dry run, changes nothing)</source>
        <translation>Prévisualiser des lignes de configuration (simulation, ne modifie rien)</translation>
    </message>
    <message>
        <source>Push configuration lines, one device at a time, rolled back on failure</source>
        <translation>Déployer des lignes de configuration, un équipement à la fois, avec rollback en cas d’échec</translation>
    </message>
    <message>
        <source>Run a command on each device in turn</source>
        <translation>Exécuter une commande sur chaque équipement, l’un après l’autre</translation>
    </message>
    <message>
        <source>Configuration lines, one a line (applied in configuration mode)</source>
        <translation>Lignes de configuration, une par ligne (appliquées en mode configuration)</translation>
    </message>
    <message>
        <source>The command to run on each device</source>
        <translation>La commande à exécuter sur chaque équipement</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Back up configuration now</source>
        <translation>Sauvegarder la configuration maintenant</translation>
    </message>
    <message>
        <source>Run commands</source>
        <translation>Exécuter des commandes</translation>
    </message>
    <message>
        <source>Launch a workflow</source>
        <translation>Lancer un workflow</translation>
    </message>
    <message>
        <source>Change ticket, e.g. CHG-1234 or its URL</source>
        <translation>Ticket de changement, p. ex. CHG-1234 ou son URL</translation>
    </message>
    <message>
        <source>Why (optional; shown with the job)</source>
        <translation>Motif (facultatif ; affiché avec la tâche)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Devices &amp;matching:</source>
        <translation>Équipements &amp;correspondants :</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Fetches the running configuration of every device and stores it as the device&apos;s next version, with the difference to the previous one. Needs no approval unless the workspace&apos;s policy says so.</source>
        <translation>Récupère la configuration en cours de chaque équipement et l’enregistre comme prochaine version de l’équipement, avec la différence par rapport à la précédente. Ne nécessite aucune approbation, sauf si la politique de l’espace de travail l’exige.</translation>
    </message>
    <message>
        <source>show version
show interfaces status</source>
        <translation>show version
show interfaces status</translation>
    </message>
    <message>
        <source>C&amp;ommands (one a line):</source>
        <translation>C&amp;ommandes (une par ligne) :</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow :</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>Tout site</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Loading the workspace&apos;s devices…</source>
        <translation>Chargement des équipements de l’espace de travail…</translation>
    </message>
    <message>
        <source>No device matches this site, role and tag.</source>
        <translation>Aucun équipement ne correspond à ce site, ce rôle et cette étiquette.</translation>
    </message>
    <message>
        <source>No device is selected.</source>
        <translation>Aucun équipement n’est sélectionné.</translation>
    </message>
    <message>
        <source>None of these devices has a primary IP address to connect to.</source>
        <translation>Aucun de ces équipements n’a d’adresse IP principale à laquelle se connecter.</translation>
    </message>
    <message>
        <source>The ticket is longer than %1 characters.</source>
        <translation>Le ticket dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The ticket may not contain line breaks, tabs or other control characters.</source>
        <translation>Le ticket ne doit contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>Enter the commands to run.</source>
        <translation>Saisissez les commandes à exécuter.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected devices (%n)</source>
        <translation>
            <numerusform>É&amp;quipement sélectionné (%n)</numerusform>
            <numerusform>É&amp;quipements sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no primary IP address, left out</source>
        <translation>%1 — aucune adresse IP principale, laissé de côté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the operation; %1 without an address left out.</source>
        <translation>
            <numerusform>%n équipement dans l’opération ; laissés de côté faute d’adresse : %1.</numerusform>
            <numerusform>%n équipements dans l’opération ; laissés de côté faute d’adresse : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) in the operation.</source>
        <translation>
            <numerusform>%n équipement dans l’opération.</numerusform>
            <numerusform>%n équipements dans l’opération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only commands (show, display, ping, traceroute) run without approval; anything else is a configuration change.</source>
        <translation>Les commandes en lecture seule (show, display, ping, traceroute) s’exécutent sans approbation ; toute autre commande est une modification de configuration.</translation>
    </message>
    <message>
        <source>Read-only: not a configuration change, no change approval needed.</source>
        <translation>Lecture seule : pas de modification de configuration, aucune approbation de changement requise.</translation>
    </message>
    <message>
        <source>Configuration change: submitted for approval as the workspace&apos;s policy for configuration pushes requires.</source>
        <translation>Modification de configuration : soumise à approbation comme l’exige la politique de l’espace de travail pour les déploiements de configuration.</translation>
    </message>
    <message>
        <source>A configuration change: submitted for approval as the workspace&apos;s policy requires. Each device&apos;s progress shows in the Jobs dock.</source>
        <translation>Une modification de configuration : soumise à approbation comme l’exige la politique de l’espace de travail. La progression de chaque équipement s’affiche dans le panneau Tâches.</translation>
    </message>
    <message>
        <source>Each device&apos;s progress shows in the Jobs dock.</source>
        <translation>La progression de chaque équipement s’affiche dans le panneau Tâches.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Soumission en cours…</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PlanExportDialog</name>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Device update</source>
        <translation>Mise à jour d’équipement</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>New rack reservation</source>
        <translation>Nouvelle réservation de baie</translation>
    </message>
    <message>
        <source>Send Plan to NetBox Changes</source>
        <translation>Envoyer le plan aux Modifications NetBox</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>In NetBox</source>
        <translation>Dans NetBox</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Choisir un rôle…</translation>
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
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Role of new devices:</source>
        <translation>Rôle des nouveaux équipements :</translation>
    </message>
    <message>
        <source>Status of new devices:</source>
        <translation>Statut des nouveaux équipements :</translation>
    </message>
    <message>
        <source>Add to NetBox Changes</source>
        <translation>Ajouter aux Modifications NetBox</translation>
    </message>
    <message>
        <source>The plan adds these edits to the change set; nothing is written to NetBox until the change set is pushed.</source>
        <translation>Le plan ajoute ces modifications à l’ensemble de modifications ; rien n’est écrit dans NetBox tant que l’ensemble n’est pas envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) will be added to NetBox Changes.</source>
        <translation>
            <numerusform>%n modification sera ajoutée aux Modifications NetBox.</numerusform>
            <numerusform>%n modifications seront ajoutées aux Modifications NetBox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this plan were sent before: remove them from NetBox Changes first, or new devices and reservations are created twice.</source>
        <translation>
            <numerusform>%n modification de ce plan a déjà été envoyée : retirez-la d’abord des Modifications NetBox, sinon les nouveaux équipements et réservations seront créés deux fois.</numerusform>
            <numerusform>%n modifications de ce plan ont déjà été envoyées : retirez-les d’abord des Modifications NetBox, sinon les nouveaux équipements et réservations seront créés deux fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PrtgConnectionForm</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API :</translation>
    </message>
    <message>
        <source>or &amp;user:</source>
        <translation>ou &amp;utilisateur :</translation>
    </message>
    <message>
        <source>with &amp;passhash:</source>
        <translation>avec &amp;passhash :</translation>
    </message>
    <message>
        <source>Setup › Account Settings › API Keys in PRTG</source>
        <translation>Setup › Account Settings › API Keys dans PRTG</translation>
    </message>
    <message>
        <source>Stored in the vault as %1; type to replace</source>
        <translation>Enregistré dans le coffre-fort sous %1 ; saisissez une valeur pour le remplacer</translation>
    </message>
    <message>
        <source>Type the address of your PRTG first.</source>
        <translation>Saisissez d’abord l’adresse de votre serveur PRTG.</translation>
    </message>
    <message>
        <source>Type an API token, or a user and its passhash, to test the connection.</source>
        <translation>Saisissez un jeton d’API, ou un utilisateur et son passhash, pour tester la connexion.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::PrtgImportWizard</name>
    <message>
        <source>Host address</source>
        <translation>Adresse de l’hôte</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’équipement</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>Connect to PRTG</source>
        <translation>Connexion à PRTG</translation>
    </message>
    <message>
        <source>The passhash or API token is kept in the workspace vault.</source>
        <translation>Le passhash ou le jeton d’API est conservé dans le coffre-fort de l’espace de travail.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur :</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Passhash:</source>
        <translation>Passhash :</translation>
    </message>
    <message>
        <source>or API token:</source>
        <translation>ou jeton d’API :</translation>
    </message>
    <message>
        <source>Reading PRTG (%1)…</source>
        <translation>Lecture de PRTG (%1)…</translation>
    </message>
    <message>
        <source>Could not read PRTG: %1</source>
        <translation>Impossible de lire PRTG : %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n device(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n sensor(s).</source>
        <translation>
            <numerusform>et %n capteur lus.</numerusform>
            <numerusform>et %n capteurs lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>Vérifier le certificat TLS du serveur</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pick groups and devices</source>
        <translation>Choisir les groupes et les équipements</translation>
    </message>
    <message>
        <source>Group or device</source>
        <translation>Groupe ou équipement</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Review the mapping to NetBox</source>
        <translation>Vérifier l’association avec NetBox</translation>
    </message>
    <message>
        <source>PRTG device</source>
        <translation>Équipement PRTG</translation>
    </message>
    <message>
        <source>NetBox device</source>
        <translation>Équipement NetBox</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Associé par</translation>
    </message>
    <message>
        <source>Map the selected device to:</source>
        <translation>Associer l’équipement sélectionné à :</translation>
    </message>
    <message>
        <source>Near matches: %1</source>
        <translation>Correspondances proches : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) without a NetBox device</source>
        <translation>
            <numerusform>%n équipement sans équipement NetBox</numerusform>
            <numerusform>%n équipements sans équipement NetBox</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Sensor translation</source>
        <translation>Conversion des capteurs</translation>
    </message>
    <message>
        <source>Ping, SNMP traffic and SNMP custom OID sensors become OpsDeck polling; the others have no equivalent.</source>
        <translation>Les capteurs Ping, trafic SNMP et OID SNMP personnalisé deviennent des interrogations OpsDeck ; les autres n’ont pas d’équivalent.</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>PRTG type</source>
        <translation>Type PRTG</translation>
    </message>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>No equivalent: %1</source>
        <translation>Aucun équivalent : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sensor(s) become OpsDeck polling</source>
        <translation>
            <numerusform>%n capteur devient une interrogation OpsDeck ;</numerusform>
            <numerusform>%n capteurs deviennent des interrogations OpsDeck ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no equivalent.</source>
        <translation>
            <numerusform>%n n’a pas d’équivalent.</numerusform>
            <numerusform>%n n’ont pas d’équivalent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensor history</source>
        <translation>Historique des capteurs</translation>
    </message>
    <message>
        <source>From (UTC):</source>
        <translation>Du (UTC) :</translation>
    </message>
    <message>
        <source>To (UTC):</source>
        <translation>Au (UTC) :</translation>
    </message>
    <message>
        <source>Import the history of the translated sensors into the metrics store (hourly averages)</source>
        <translation>Importer l’historique des capteurs convertis dans la base de métriques (moyennes horaires)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was recorded.</source>
        <translation>L’import a été annulé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L’import a échoué : %1</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>L’import est terminé.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Import from PRTG</source>
        <translation>Import depuis PRTG</translation>
    </message>
    <message>
        <source>ICMP ping</source>
        <translation>Ping ICMP</translation>
    </message>
    <message>
        <source>SNMP interface traffic</source>
        <translation>Trafic d’interface SNMP</translation>
    </message>
    <message>
        <source>SNMP custom OID</source>
        <translation>OID SNMP personnalisé</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n polling definition(s)</source>
        <translation>
            <numerusform>Importée : %n définition d’interrogation</numerusform>
            <numerusform>Importées : %n définitions d’interrogation</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 on %2: %3</source>
        <translation>  %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Mapped: %n device(s)</source>
        <translation>
            <numerusform>Associé : %n équipement</numerusform>
            <numerusform>Associés : %n équipements</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 → %2 (%3)</source>
        <translation>  %1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n item(s)</source>
        <translation>
            <numerusform>Ignoré : %n élément</numerusform>
            <numerusform>Ignorés : %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>device</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>capteur</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation>  %1 %2 (%3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>History: %n sample(s)</source>
        <translation>
            <numerusform>Historique : %n mesure</numerusform>
            <numerusform>Historique : %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n sensor(s)</source>
        <translation>
            <numerusform>de %n capteur</numerusform>
            <numerusform>de %n capteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackExporter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Rack elevations</source>
        <translation>Élévations de baies</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackHistoryView</name>
    <message>
        <source>Inventory as synced</source>
        <translation>Inventaire tel que synchronisé</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackPainter</name>
    <message>
        <source>%1U</source>
        <translation>%1U</translation>
    </message>
    <message>
        <source>%1-inch</source>
        <translation>%1 pouces</translation>
    </message>
    <message>
        <source>descending units</source>
        <translation>unités décroissantes</translation>
    </message>
    <message>
        <source>FRONT</source>
        <translation>AVANT</translation>
    </message>
    <message>
        <source>REAR</source>
        <translation>ARRIÈRE</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>Réservé : %1</translation>
    </message>
    <message>
        <source>%1 of %2U used · %3U free</source>
        <translation>%1 sur %2U occupées · %3U libres</translation>
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
        <translation>%1 (arrière)</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation>%1/%2 actives</translation>
    </message>
    <message>
        <source>PLANNED · %1</source>
        <translation>PLANIFIÉ · %1</translation>
    </message>
    <message>
        <source>Colour by role:</source>
        <translation>Couleur par rôle :</translation>
    </message>
    <message>
        <source>Colour by %1:</source>
        <translation>Couleur par %1 :</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackPaletteDock</name>
    <message>
        <source>Device types</source>
        <translation>Types d’équipements</translation>
    </message>
    <message>
        <source>Search manufacturer or model</source>
        <translation>Rechercher un fabricant ou un modèle</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackScene</name>
    <message numerus="yes">
        <source>%1 · %2 · %n rack(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n baie</numerusform>
            <numerusform>%1 · %2 · %n baies</numerusform>
        </translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Aucun emplacement</translation>
    </message>
    <message>
        <source>U%1 %2</source>
        <translation>U%1 %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RackWorkspaceWidget</name>
    <message>
        <source>Plan history</source>
        <translation>Historique du plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; saved.</source>
        <translation>Plan « %1 » enregistré.</translation>
    </message>
    <message>
        <source>No saved plans in this workspace.</source>
        <translation>Aucun plan enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; cannot be opened: %2</source>
        <translation>Le plan « %1 » ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; opened with problems: %2</source>
        <translation>Plan « %1 » ouvert avec des problèmes : %2</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; opened.</source>
        <translation>Plan « %1 » ouvert.</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation>Couleur par %1</translation>
    </message>
    <message>
        <source>Highlight devices</source>
        <translation>Mettre en évidence des équipements</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>Enregistrer le plan…</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Ouvrir un plan…</translation>
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
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Loading racks…</source>
        <translation>Chargement des baies…</translation>
    </message>
    <message>
        <source>Rack data unavailable: %1</source>
        <translation>Données de baie indisponibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) match.</source>
        <translation>
            <numerusform>%n équipement correspond.</numerusform>
            <numerusform>%n équipements correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed: %1</source>
        <translation>Non placé : %1</translation>
    </message>
    <message>
        <source>%1U free of %2U</source>
        <translation>%1U libres sur %2U</translation>
    </message>
    <message>
        <source> · %1 of %2 kg</source>
        <translation> · %1 sur %2 kg</translation>
    </message>
    <message>
        <source> · %1 of %2 W</source>
        <translation> · %1 sur %2 W</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <source>Export racks</source>
        <translation>Exporter les baies</translation>
    </message>
    <message>
        <source>%1 — rack elevations</source>
        <translation>%1 — élévations de baies</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
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
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Échec de l’impression : %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>Nom du plan :</translation>
    </message>
    <message>
        <source>Send Plan to NetBox Changes…</source>
        <translation>Envoyer le plan aux Modifications NetBox…</translation>
    </message>
    <message>
        <source>Add the plan&apos;s moves, new devices and reservations to the NetBox change set</source>
        <translation>Ajouter les déplacements, les nouveaux équipements et les réservations du plan à l’ensemble de modifications NetBox</translation>
    </message>
    <message numerus="yes">
        <source>Send Plan to NetBox Changes… (%n edit(s) sent)</source>
        <translation>
            <numerusform>Envoyer le plan aux Modifications NetBox… (%n modification envoyée)</numerusform>
            <numerusform>Envoyer le plan aux Modifications NetBox… (%n modifications envoyées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no changes to send.</source>
        <translation>Le plan ne contient aucune modification à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) added to NetBox Changes.</source>
        <translation>
            <numerusform>%n modification ajoutée aux Modifications NetBox.</numerusform>
            <numerusform>%n modifications ajoutées aux Modifications NetBox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rack the elevation shows</source>
        <translation>La baie affichée dans l’élévation</translation>
    </message>
    <message>
        <source>%1 has no racks.</source>
        <translation>%1 n’a aucune baie.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RemediationDialog</name>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Remediate %1</source>
        <translation>Corriger %1</translation>
    </message>
    <message>
        <source>Change or incident reference, or its URL</source>
        <translation>Référence de changement ou d’incident, ou son URL</translation>
    </message>
    <message>
        <source>Dry Run shows here how the device&apos;s configuration would change.</source>
        <translation>« Simulation » montre ici comment la configuration de l’équipement changerait.</translation>
    </message>
    <message>
        <source>Ask the service for the diff these lines would make, without changing the device</source>
        <translation>Demander au service le diff que produiraient ces lignes, sans modifier l’équipement</translation>
    </message>
    <message>
        <source>Submit the push: it waits for approval as the policy says, is verified and rolled back when the device does not take the lines</source>
        <translation>Soumettre le déploiement : il attend l’approbation prévue par la politique, est vérifié et fait l’objet d’un rollback si l’équipement n’accepte pas les lignes</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Équipement :</translation>
    </message>
    <message>
        <source>&amp;Lines to push:</source>
        <translation>&amp;Lignes à déployer :</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <source>Planned change:</source>
        <translation>Modification prévue :</translation>
    </message>
    <message>
        <source>There is nothing to push.</source>
        <translation>Il n’y a rien à déployer.</translation>
    </message>
    <message>
        <source>Asking the service for a dry run…</source>
        <translation>Demande d’une simulation au service…</translation>
    </message>
    <message>
        <source>Submitting the push…</source>
        <translation>Soumission du déploiement…</translation>
    </message>
    <message>
        <source>Dry run %1 is under way.</source>
        <translation>La simulation %1 est en cours.</translation>
    </message>
    <message>
        <source>These lines would not change the device&apos;s configuration.</source>
        <translation>Ces lignes ne modifieraient pas la configuration de l’équipement.</translation>
    </message>
    <message>
        <source>The dry run is done: Push submits these lines.</source>
        <translation>La simulation est terminée : « Déployer » soumet ces lignes.</translation>
    </message>
    <message>
        <source>Push %1 submitted; the Jobs dock follows it (approval, push, verification). The device is backed up and checked again when it ends.</source>
        <translation>Déploiement %1 soumis ; le panneau Tâches en suit le déroulement (approbation, déploiement, vérification). L’équipement est sauvegardé et vérifié à nouveau à la fin.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::RulePreviewWidget</name>
    <message numerus="yes">
        <source>Alarms over the last %n hour(s)</source>
        <translation>
            <numerusform>Alarmes sur %n heure</numerusform>
            <numerusform>Alarmes sur les %n dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchement</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Preview what this rule would have raised over the stored metrics of the last 24 hours. Threshold, rate-of-change and optical power rules can be previewed.</source>
        <translation>Prévisualisez ce que cette règle aurait déclenché sur les métriques enregistrées des dernières 24 heures. Les règles de seuil, de taux de variation et de puissance optique peuvent être prévisualisées.</translation>
    </message>
    <message>
        <source>Asking the service what the rule would have raised…</source>
        <translation>Interrogation du service sur ce que la règle aurait déclenché…</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n hour(s)</source>
        <translation>
            <numerusform>Sur %n heure</numerusform>
            <numerusform>Sur les %n dernières heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored point(s)</source>
        <translation>
            <numerusform>%n point enregistré</numerusform>
            <numerusform>%n points enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 the service stored no values of this metric, so the rule would have raised nothing.</source>
        <translation>%1, le service n’a enregistré aucune valeur de cette métrique ; la règle n’aurait donc rien déclenché.</translation>
    </message>
    <message numerus="yes">
        <source>%1 the rule would have raised no alarm (%2 of %n series read).</source>
        <translation>
            <numerusform>%1, la règle n’aurait déclenché aucune alarme (%2 sur %n série lue).</numerusform>
            <numerusform>%1, la règle n’aurait déclenché aucune alarme (%2 sur %n séries lues).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 the rule would have raised %2 on %3; %4 (%5 of %n series read).</source>
        <translation>
            <numerusform>%1, la règle aurait déclenché %2 sur %3 ; %4 (%5 sur %n série lue).</numerusform>
            <numerusform>%1, la règle aurait déclenché %2 sur %3 ; %4 (%5 sur %n séries lues).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarme</numerusform>
            <numerusform>%n alarmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device/object pair(s)</source>
        <translation>
            <numerusform>%n paire équipement/objet</numerusform>
            <numerusform>%n paires équipement/objet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still active at the end</source>
        <translation>
            <numerusform>%n encore active à la fin</numerusform>
            <numerusform>%n encore actives à la fin</numerusform>
        </translation>
    </message>
    <message>
        <source>still active</source>
        <translation>encore active</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ScheduleDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>Exécuter &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Backup Schedules</source>
        <translation>Planifications de sauvegarde</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Selected schedule</source>
        <translation>Planification sélectionnée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Runs of the selected schedule</source>
        <translation>Exécutions de la planification sélectionnée</translation>
    </message>
    <message>
        <source>Add a schedule that backs up every device once a day</source>
        <translation>Ajouter une planification qui sauvegarde chaque équipement une fois par jour</translation>
    </message>
    <message>
        <source>Ask the service to run the selected schedule now</source>
        <translation>Demander au service d’exécuter maintenant la planification sélectionnée</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1.</source>
        <translation>Les planifications n’ont pas pu être lues : %1.</translation>
    </message>
    <message>
        <source>The schedules were not saved: %1</source>
        <translation>Les planifications n’ont pas été enregistrées : %1</translation>
    </message>
    <message>
        <source>Saved; the service runs the new schedules.</source>
        <translation>Enregistré ; le service exécute les nouvelles planifications.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Enregistré. %1</translation>
    </message>
    <message>
        <source>The service started a run of “%1”.</source>
        <translation>Le service a lancé une exécution de « %1 ».</translation>
    </message>
    <message>
        <source>The service could not do that</source>
        <translation>Le service n’a pas pu effectuer cette action</translation>
    </message>
    <message>
        <source>any site</source>
        <translation>tout site</translation>
    </message>
    <message>
        <source>any role</source>
        <translation>tout rôle</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>toute étiquette</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Chaque jour à</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>from each device&apos;s SSH credential profile</source>
        <translation>du profil SSH de chaque équipement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>&amp;Jobs at once per site:</source>
        <translation>Tâc&amp;hes simultanées par site :</translation>
    </message>
    <message>
        <source>Retr&amp;ies of a failed device:</source>
        <translation>Nouvelles tentati&amp;ves pour un équipement en échec :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Port SSH :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>No backups are scheduled yet: Add one, then Save.</source>
        <translation>Aucune sauvegarde n’est encore planifiée : ajoutez-en une, puis enregistrez.</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 unchanged, %4 failed</source>
        <translation>%1 : %2 nouvelles, %3 inchangées, %4 en échec</translation>
    </message>
    <message>
        <source>after Save</source>
        <translation>après l’enregistrement</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l’instant.</translation>
    </message>
    <message>
        <source>Save the schedule first</source>
        <translation>Enregistrez d’abord la planification</translation>
    </message>
    <message>
        <source>Ask the service to run it now</source>
        <translation>Demander au service de l’exécuter maintenant</translation>
    </message>
    <message>
        <source>The service is not running</source>
        <translation>Le service n’est pas démarré</translation>
    </message>
    <message>
        <source>Unsaved Schedules</source>
        <translation>Planifications non enregistrées</translation>
    </message>
    <message>
        <source>The schedules have unsaved changes. Discard them?</source>
        <translation>Les planifications comportent des modifications non enregistrées. Voulez-vous les abandonner ?</translation>
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
        <translation>Une nouvelle langue s’applique au prochain démarrage d’OpsDeck.</translation>
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
        <translation>Intervalle d’interrogation</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Polling timeout</source>
        <translation>Délai d’interrogation</translation>
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
        <translation>Valeurs par défaut de l’interrogation</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>&amp;Notify me of new critical alarms</source>
        <translation>M’a&amp;vertir des nouvelles alarmes critiques</translation>
    </message>
    <message>
        <source>Also play a &amp;sound</source>
        <translation>Émettre aussi un &amp;son</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SiteOverviewPage</name>
    <message>
        <source>Site overview</source>
        <translation>Vue d’ensemble du site</translation>
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
        <translation>Équipements par statut</translation>
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
        <translation>Statut</translation>
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
        <translation>Baies et taux d’occupation</translation>
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
    <message>
        <source>the devices of %1</source>
        <translation>les équipements de %1</translation>
    </message>
    <message>
        <source>Unusual now</source>
        <translation>Inhabituel en ce moment</translation>
    </message>
    <message>
        <source>The site&apos;s series that behave unlike they usually do at this hour of the week</source>
        <translation>Séries du site qui se comportent autrement que d’habitude à cette heure de la semaine</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SyncPanel</name>
    <message>
        <source>Start &amp;full</source>
        <translation>Synchronisation &amp;complète</translation>
    </message>
    <message>
        <source>Start &amp;incremental</source>
        <translation>Synchronisation &amp;incrémentielle</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>%1 — workspace %2</source>
        <translation>%1 — espace de travail %2</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::SyncStatusWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: offline — working from the local store (%2)</source>
        <translation>%1 : hors ligne — travail sur la base locale (%2)</translation>
    </message>
    <message>
        <source>%1: sync failed (%2)</source>
        <translation>%1 : échec de la synchronisation (%2)</translation>
    </message>
    <message>
        <source>Workspace %1
%2</source>
        <translation>Espace de travail %1
%2</translation>
    </message>
    <message>
        <source>The local copy is stale; start a sync to refresh it.</source>
        <translation>La copie locale est obsolète ; lancez une synchronisation pour l’actualiser.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
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
        <translation>%1, baie %2</translation>
    </message>
    <message>
        <source>%1 → %2 %3 (%4)</source>
        <translation>%1 → %2 %3 (%4)</translation>
    </message>
    <message>
        <source> in %1, out %2</source>
        <translation> entrée %1, sortie %2</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:#d32f2f&apos;&gt;down&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#d32f2f&apos;&gt;inactive&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more link(s)</source>
        <translation>
            <numerusform>… et %n autre lien</numerusform>
            <numerusform>… et %n autres liens</numerusform>
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
        <translation> · circuit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s), %1 total</source>
        <translation>
            <numerusform>%n câble, %1 au total</numerusform>
            <numerusform>%n câbles, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>, planned</source>
        <translation>, planifié</translation>
    </message>
    <message>
        <source>: in %1, out %2</source>
        <translation> : entrée %1, sortie %2</translation>
    </message>
    <message>
        <source>: down</source>
        <translation> : inactive</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TopologyView</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use PNG, SVG or PDF.</source>
        <translation>Format d’export inconnu « %1 » : utilisez PNG, SVG ou PDF.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::TopologyWidget</name>
    <message>
        <source>Create NetBox change set…</source>
        <translation>Créer un ensemble de modifications NetBox…</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Hierarchy by role</source>
        <translation>Hiérarchie par rôle</translation>
    </message>
    <message>
        <source>Mesh (large graphs)</source>
        <translation>Maillage (grands graphes)</translation>
    </message>
    <message>
        <source>Spring (small meshes)</source>
        <translation>Ressorts (petits maillages)</translation>
    </message>
    <message>
        <source>Layout preset</source>
        <translation>Préréglage de disposition</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>Group by site</source>
        <translation>Regrouper par site</translation>
    </message>
    <message>
        <source>Group by location</source>
        <translation>Regrouper par emplacement</translation>
    </message>
    <message>
        <source>Group by rack</source>
        <translation>Regrouper par baie</translation>
    </message>
    <message>
        <source>Hops: </source>
        <translation>Sauts : </translation>
    </message>
    <message>
        <source>Find device, IP, role or rack…</source>
        <translation>Rechercher un équipement, une IP, un rôle ou une baie…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Tout libérer</translation>
    </message>
    <message>
        <source>Forget dragged positions and lay the graph out again</source>
        <translation>Oublier les positions déplacées et redisposer le graphe</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>LLDP audit</source>
        <translation>Audit LLDP</translation>
    </message>
    <message>
        <source>The layout failed: %1</source>
        <translation>La disposition a échoué : %1</translation>
    </message>
    <message>
        <source>The saved layout could not be read: %1</source>
        <translation>La disposition enregistrée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The topology could not be loaded: %1</source>
        <translation>La topologie n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>The layout could not be saved: %1</source>
        <translation>La disposition n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>No device matches &quot;%1&quot;.</source>
        <translation>Aucun équipement ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Résultat %1 sur %2</translation>
    </message>
    <message>
        <source>Export topology</source>
        <translation>Exporter la topologie</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the topology…</source>
        <translation>Chargement de la topologie…</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n device(s)…</source>
        <translation>
            <numerusform>Disposition de %n équipement…</numerusform>
            <numerusform>Disposition de %n équipements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n équipement</numerusform>
            <numerusform>%n équipements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n câble</numerusform>
            <numerusform>%n câbles</numerusform>
        </translation>
    </message>
    <message>
        <source>LLDP: %1 agree, %2 differ</source>
        <translation>LLDP : %1 concordent, %2 diffèrent</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::UnlockVaultDialog</name>
    <message>
        <source>The login keychain holds a passphrase for this vault, but %1.</source>
        <translation>Le trousseau de session contient une phrase secrète pour ce coffre-fort, mais %1.</translation>
    </message>
    <message>
        <source>The login keychain holds the vault&apos;s passphrase: the service unlocks the vault by itself when it starts.</source>
        <translation>Le trousseau de session contient la phrase secrète du coffre-fort : le service déverrouille le coffre-fort de lui-même à son démarrage.</translation>
    </message>
    <message>
        <source>The login keychain can remember the vault&apos;s passphrase, so that the service unlocks the vault by itself.</source>
        <translation>Le trousseau de session peut mémoriser la phrase secrète du coffre-fort, pour que le service déverrouille le coffre-fort de lui-même.</translation>
    </message>
    <message>
        <source>No keychain answers on this desktop (%1): the vault&apos;s passphrase is asked each time the service starts.</source>
        <translation>Aucun trousseau ne répond sur ce bureau (%1) : la phrase secrète du coffre-fort est demandée à chaque démarrage du service.</translation>
    </message>
    <message>
        <source>The service is asking the login keychain…</source>
        <translation>Le service interroge le trousseau de session…</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the login keychain</source>
        <translation>&amp;Mémoriser la phrase secrète dans le trousseau de session</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Déverrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new vault of this workspace. It encrypts the workspace&apos;s credentials; nobody can recover them without it.</source>
        <translation>Choisissez une phrase secrète pour le nouveau coffre-fort de cet espace de travail. Elle chiffre les identifiants de l’espace de travail ; sans elle, personne ne peut les récupérer.</translation>
    </message>
    <message>
        <source>Passphrase of this workspace&apos;s vault:</source>
        <translation>Phrase secrète du coffre-fort de cet espace de travail :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::UnusualNowPanel</name>
    <message>
        <source>Unusual now</source>
        <translation>Inhabituel en ce moment</translation>
    </message>
    <message>
        <source>Series that behave unlike they usually do at this hour of the week</source>
        <translation>Séries qui se comportent autrement que d’habitude à cette heure de la semaine</translation>
    </message>
    <message>
        <source>Unusual behaviour is not available: the console is not connected to the OpsDeck service.</source>
        <translation>Le comportement inhabituel n’est pas disponible : la console n’est pas connectée au service OpsDeck.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>There are no devices here to analyse.</source>
        <translation>Il n’y a ici aucun équipement à analyser.</translation>
    </message>
    <message>
        <source>Nothing unusual on %1 right now.</source>
        <translation>Rien d’inhabituel sur %1 en ce moment.</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::ViewArea</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l’espace de travail…</translation>
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
        <source>%1 of %2 objects</source>
        <translation>%1 objets sur %2</translation>
    </message>
</context>
<context>
    <name>OpsDeck::Widgets::WelcomePage</name>
    <message>
        <source>Welcome to OpsDeck</source>
        <translation>Bienvenue dans OpsDeck</translation>
    </message>
    <message>
        <source>See and change your estate: racks, topology, live metrics and change jobs, with NetBox as the source of truth.</source>
        <translation>Visualisez et modifiez votre parc : baies, topologie, métriques en direct et tâches de modification, avec NetBox comme source de vérité.</translation>
    </message>
    <message>
        <source>Connect to NetBox</source>
        <translation>Se connecter à NetBox</translation>
    </message>
    <message>
        <source>Create a workspace for your estate: NetBox address and token, then a first sync.</source>
        <translation>Créez un espace de travail pour votre parc : adresse et jeton NetBox, puis une première synchronisation.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Découvrir la démo</translation>
    </message>
    <message>
        <source>A generated estate of three sites with live metrics; nothing to set up.</source>
        <translation>Un parc généré de trois sites avec des métriques en direct ; rien à configurer.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir un dossier d’espace de travail</translation>
    </message>
    <message>
        <source>A workspace a colleague shared or one kept elsewhere.</source>
        <translation>Un espace de travail partagé par un collègue ou conservé ailleurs.</translation>
    </message>
    <message>
        <source>Your workspaces:</source>
        <translation>Vos espaces de travail :</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
</context>
<context>
    <name>ServiceErrorText</name>
    <message>
        <source>the OpsDeck service is not reachable</source>
        <translation>le service OpsDeck est injoignable</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>what failed and why</comment>
        <translation>%1 : %2.</translation>
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
