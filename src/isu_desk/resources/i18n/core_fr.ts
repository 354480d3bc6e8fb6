<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+46"/>
        <source>About ISU Desk</source>
        <translation>À propos d&apos;ISU Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;ISU Desk {version}&lt;/h3&gt;&lt;p&gt;Records of the Implementation Support Unit of the Convention on Cluster Munitions.&lt;/p&gt;&lt;p&gt;ISU Desk is free software under the MIT licence. It is built with Qt (LGPL-3.0) through PySide6, Python (PSF licence) and the components listed below, each under its own licence.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISU Desk {version}&lt;/h3&gt;&lt;p&gt;Dossiers de l&apos;Unité d&apos;appui à l&apos;application de la Convention sur les armes à sous-munitions.&lt;/p&gt;&lt;p&gt;ISU Desk est un logiciel libre sous licence MIT. Il est construit avec Qt (LGPL-3.0) au moyen de PySide6, Python (licence PSF) et les composants énumérés ci-dessous, chacun sous sa propre licence.&lt;/p&gt;&lt;p&gt;Dossier des données&#xa0;: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="+241"/>
        <source>ISU Desk</source>
        <translation>ISU Desk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That could not be completed: cannot use {file}: {problem}.</source>
        <translation>L&apos;opération n&apos;a pas pu aboutir&#xa0;: impossible d&apos;utiliser {file}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That could not be completed: cannot use: {problem}.</source>
        <translation>L&apos;opération n&apos;a pas pu aboutir&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong and that action was not completed; nothing else was changed.

The details were written to the log file (isu-desk.log in the data folder) for support.</source>
        <translation>Un problème est survenu et cette action n&apos;a pas été menée à bien&#xa0;; rien d&apos;autre n&apos;a été modifié.

Les détails ont été inscrits dans le journal (isu-desk.log dans le dossier des données) à l&apos;intention de l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="+104"/>
        <location filename="../../ui/main_window.py" line="+63"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+1"/>
        <location filename="../../ui/reports_page.py" line="+116"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/sync_page.py" line="+122"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/conflicts_view.py" line="+33"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current: who, when</source>
        <translation>Actuelle&#xa0;: qui, quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other: who, when</source>
        <translation>Autre&#xa0;: qui, quand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep current</source>
        <translation>Garder l&apos;actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep other</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>deleted the record</source>
        <translation>a supprimé l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record exists</source>
        <translation>l&apos;enregistrement existe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record was deleted</source>
        <translation>l&apos;enregistrement a été supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(whole record)</source>
        <translation>(tout l&apos;enregistrement)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}, {time} (clock was off)</source>
        <translation>{name}, {time} (horloge déréglée)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept the current value; the choice goes out with the next sync.</source>
        <translation>Valeur actuelle gardée&#xa0;; le choix partira avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept the other value; the choice goes out with the next sync.</source>
        <translation>Autre valeur gardée&#xa0;; le choix partira avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/date_edit.py" line="+86"/>
        <source>“{text}” is not a date: “{month}” is not the name of one month.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: «&#xa0;{month}&#xa0;» n’est pas le nom d’un seul mois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a date: there is no month {month}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: il n’y a pas de mois {month}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not a date: {month} {year} has {days} days.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date&#xa0;: {month} {year} compte {days}&#xa0;jours.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>“{text}” is not a whole date: type it as 30/09/2026 or {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date complète&#xa0;: tapez-la sous la forme 30/09/2026 ou {example}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py" line="+143"/>
        <source>Untick for no date</source>
        <translation>Décocher pour n&apos;indiquer aucune date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../ui/history_panel.py" line="+257"/>
        <source>Deleted: {kind}</source>
        <translation>Supprimés&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 deleted {noun}, latest first.</source>
        <translation>1 élément supprimé ({noun}), le plus récent d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} deleted {noun}s, latest first.</source>
        <translation>{count} éléments supprimés ({noun}), les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deleted {noun}s.</source>
        <translation>Aucun élément supprimé ({noun}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore {record} with its last values?</source>
        <translation>Restaurer {record} avec ses dernières valeurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{record} is back.</source>
        <translation>{record} est rétabli.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-93"/>
        <source>History: {title}</source>
        <translation>Historique&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="-140"/>
        <location line="+76"/>
        <source>Choose a record to see its history.</source>
        <translation>Choisissez un enregistrement pour voir son historique.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Restore this value…</source>
        <translation>Rétablir cette valeur…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>change #{number}</source>
        <translation>modification n° {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No history yet.</source>
        <translation>Pas encore d&apos;historique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 change, newest first.</source>
        <translation>1 modification, la plus récente d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} changes, newest first.</source>
        <translation>{count} modifications, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this value</source>
        <translation>Rétablir cette valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set {field} back to “{value}”, the value of {when} ({workstation})? It is saved as a new change and syncs like any edit.</source>
        <translation>Remettre {field} à «&#xa0;{value}&#xa0;», la valeur du {when} ({workstation})&#xa0;? Elle est enregistrée comme une nouvelle modification et se synchronise comme toute autre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field} restored.</source>
        <translation>{field} rétabli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="+145"/>
        <location filename="../../ui/placeholder_page.py" line="+67"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>LoadingTile</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="-13"/>
        <source>Loading figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="-106"/>
        <source>This section failed to start: {error}</source>
        <translation>Cette section n&apos;a pas pu démarrer&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>ISU Desk</source>
        <translation>ISU Desk</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{section} — ISU Desk</source>
        <translation>{section} — ISU Desk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Undo the last change made in this window, of any record</source>
        <translation>Annuler la dernière modification faite dans cette fenêtre, quel que soit l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Workstation: {name}</source>
        <translation>Poste&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="+148"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISU Desk backups (*.sqlite)</source>
        <translation>Sauvegardes ISU Desk (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="+182"/>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+53"/>
        <source>ISU Desk: database passphrase</source>
        <translation>ISU Desk&#xa0;: phrase secrète de la base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use at least {n} characters.</source>
        <translation>Utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="+113"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{title}: 1 page</source>
        <translation>{title}&#xa0;: 1 page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {pages} pages</source>
        <translation>{title}&#xa0;: {pages} pages</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save {path}:
{error}</source>
        <translation>Impossible d&apos;enregistrer {path}&#xa0;:
{error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder_page.py" line="-21"/>
        <source>This section is not built yet. It will hold {plan}</source>
        <translation>Cette section n&apos;est pas encore construite. Elle contiendra {plan}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This section could not start; the log file says why.</source>
        <translation>Cette section n&apos;a pas pu démarrer&#xa0;; le journal en donne la raison.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/record_form.py" line="+117"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="+90"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>type part of a name</source>
        <translation>tapez une partie d&apos;un nom</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/record_table.py" line="+75"/>
        <source>Copy rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+17"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export selected rows…</source>
        <translation>Exporter les lignes choisies…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fit columns to contents</source>
        <translation>Ajuster les colonnes au contenu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports_page.py" line="-76"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pledge</source>
        <translation>Annonce de contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the report again with these options</source>
        <translation>Préparer de nouveau le rapport avec ces options</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a report to preview it.</source>
        <translation>Choisissez un rapport pour l&apos;afficher.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the {options} above, then press Show.</source>
        <translation>Choisissez ci-dessus&#xa0;: {options}, puis appuyez sur Afficher.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type part of the {option}&apos;s donor, date or amount</source>
        <translation>Tapez une partie du donateur, de la date ou du montant ({option})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Preparing {report}…</source>
        <translation>Préparation&#xa0;: {report}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be prepared: {error}</source>
        <translation>Le rapport n&apos;a pas pu être préparé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="+48"/>
        <source>(none) — type part of a name</source>
        <translation>(aucun) — tapez une partie d&apos;un nom</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+50"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>the default letterhead</source>
        <translation>l&apos;en-tête par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Ursula Mettler</source>
        <translation>p. ex. Ursula Mettler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workstation&apos;s name</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit name (letterhead)</source>
        <translation>Nom de l&apos;Unité (en-tête)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit address (letterhead)</source>
        <translation>Adresse de l&apos;Unité (en-tête)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters signed by</source>
        <translation>Lettres signées par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters written in</source>
        <translation>Lieu des lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter reference prefix</source>
        <translation>Préfixe des références</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours on this computer; it applies at the next start.</source>
        <translation>Ce choix vous est propre sur cet ordinateur&#xa0;; il s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters are dated “Geneva, 1 December 2026” with the place above.</source>
        <translation>Les lettres sont datées «&#xa0;Geneva, 1er décembre 2026&#xa0;»&#xa0;: lieu ci-dessus, date dans la langue de la lettre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give this workstation a name.</source>
        <translation>Donnez un nom à ce poste.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="-70"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sync: off</source>
        <translation>Synchro&#xa0;: désactivée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No team folder yet: create a team or join one.</source>
        <translation>Pas encore de dossier d&apos;équipe&#xa0;: créez une équipe ou rejoignez-en une.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Republish…</source>
        <translation>Republier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write everything this workstation holds to the team folder again (when the folder lost files)</source>
        <translation>Réécrire dans le dossier d&apos;équipe tout ce que contient ce poste (quand le dossier a perdu des fichiers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create team…</source>
        <translation>Créer une équipe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join team…</source>
        <translation>Rejoindre une équipe…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change files sent</source>
        <translation>Fichiers envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has received from</source>
        <translation>A reçu de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock check</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retire selected workstation…</source>
        <translation>Retirer le poste choisi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a computer that will never sync again</source>
        <translation>Pour un ordinateur qui ne se synchronisera plus jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workstations</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected files</source>
        <translation>Fichiers rejetés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Republish</source>
        <translation>Republier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write everything this workstation holds to the team folder again? Do this when sync says the folder lost files; the other workstations recover from it.</source>
        <translation>Réécrire dans le dossier d&apos;équipe tout ce que contient ce poste&#xa0;? À faire quand la synchronisation signale que le dossier a perdu des fichiers&#xa0;; les autres postes s&apos;en rétablissent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync: running…</source>
        <translation>Synchro&#xa0;: en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync is running in the background.</source>
        <translation>La synchronisation s&apos;exécute en arrière-plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 new conflict</source>
        <translation>1 nouveau conflit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} new conflicts</source>
        <translation>{count} nouveaux conflits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {sent} and received {received} changes ({workstations}); {conflicts}.</source>
        <translation>{sent} modifications envoyées et {received} reçues ({workstations})&#xa0;; {conflicts}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 other workstation</source>
        <translation>1 autre poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} other workstations</source>
        <translation>{count} autres postes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected {0}: {1}</source>
        <translation>Rejeté {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting {0}: {1}</source>
        <translation>En attente {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held back {0}: {1}</source>
        <translation>Retenu {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync: {conflicts}</source>
        <translation>Synchro&#xa0;: {conflicts}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Sync: stopped</source>
        <translation>Synchro&#xa0;: arrêtée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Team folder: {folder}  (team {team})</source>
        <translation>Dossier d&apos;équipe&#xa0;: {folder}  (équipe {team})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected files ({count})</source>
        <translation>Fichiers rejetés ({count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Held back ({count})</source>
        <translation>Retenus ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync {time} · {pending} to send · {conflicts}</source>
        <translation>Synchro {time} · {pending} à envoyer · {conflicts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} conflicts</source>
        <translation>{count} conflits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync: {time}
Changes not sent yet: {pending}
Open conflicts: {open}</source>
        <translation>Dernière synchro&#xa0;: {time}
Modifications pas encore envoyées&#xa0;: {pending}
Conflits ouverts&#xa0;: {open}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (this one)</source>
        <translation>{name} (celui-ci)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (retired)</source>
        <translation>{name} (retiré)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_team.py" line="+38"/>
        <source>Select the workstation to retire first.</source>
        <translation>Choisissez d&apos;abord le poste à retirer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retire workstation</source>
        <translation>Retirer le poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire {name}? Do this only for a computer that will never sync again: its files no longer hold back archiving.</source>
        <translation>Retirer {name}&#xa0;? Seulement pour un ordinateur qui ne se synchronisera plus jamais&#xa0;: ses fichiers ne retiendront plus l&apos;archivage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retired; the other workstations learn it with the next sync.</source>
        <translation>Retiré&#xa0;; les autres postes l&apos;apprendront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Team ready in {folder}.</source>
        <translation>Équipe prête dans {folder}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting up the team…</source>
        <translation>Mise en place de l&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team_dialog.py" line="-147"/>
        <source>The passphrase protects the team&apos;s changes in the shared folder. Use at least {minimum} characters, for example four unrelated words. Everyone in the team types the same passphrase on their computer. Keep it somewhere safe: it cannot be recovered.</source>
        <translation>La phrase secrète protège les modifications de l&apos;équipe dans le dossier partagé. Utilisez au moins {minimum} caractères, par exemple quatre mots sans rapport entre eux. Chaque membre de l&apos;équipe tape la même phrase secrète sur son ordinateur. Conservez-la en lieu sûr&#xa0;: elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase chosen when the team was created (ask a colleague).</source>
        <translation>Tapez la phrase secrète choisie à la création de l&apos;équipe (demandez à un collègue).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create a team</source>
        <translation>Créer une équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join a team</source>
        <translation>Rejoindre une équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a folder every workstation can reach</source>
        <translation>un dossier accessible à tous les postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (encore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create team</source>
        <translation>Créer l&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join team</source>
        <translation>Rejoindre l&apos;équipe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder for the new team</source>
        <translation>Dossier de la nouvelle équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The team&apos;s folder</source>
        <translation>Dossier de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the team folder.</source>
        <translation>Choisissez le dossier d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder does not exist (or cannot be reached).</source>
        <translation>Ce dossier n&apos;existe pas (ou est inaccessible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at least {minimum} characters.</source>
        <translation>Utilisez au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the team passphrase.</source>
        <translation>Tapez la phrase secrète de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; tapez deux fois la même.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Setting up the team…</source>
        <translation>Mise en place de l&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <location filename="../../ui/text_diff.py" line="+68"/>
        <source>Current text (words only here in red)</source>
        <translation>Texte actuel (mots propres à ce côté en rouge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other text (words only here in green)</source>
        <translation>Autre texte (mots propres à ce côté en vert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To combine them: keep one side, then open the record and add what the other side wrote (copy it from here).</source>
        <translation>Pour les combiner&#xa0;: gardez un côté, puis ouvrez l&apos;enregistrement et ajoutez ce que l&apos;autre côté a écrit (copiez-le d&apos;ici).</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/file_transfer.py" line="+28"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.json)</source>
        <translation>Tableurs et données (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export records</source>
        <translation>Exporter des enregistrements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file and import…</source>
        <translation>Choisir le fichier et importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export…</source>
        <translation>Choisir le fichier et exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All rows are imported, or none when a line has a mistake.</source>
        <translation>Toutes les lignes sont importées, ou aucune si une ligne contient une erreur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported {count} records to {path}.</source>
        <translation>{count} enregistrements exportés vers {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported from {file}:</source>
        <translation>Rien n&apos;a été importé de {file}&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from {file}: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importé de {file}&#xa0;: {created} créés, {updated} mis à jour, {unchanged} inchangés.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../ui/user_guide.py" line="+29"/>
        <source>ISU Desk — user guide</source>
        <translation>ISU Desk — guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="-31"/>
        <source>The licence notices could not be read ({error}); reinstall ISU Desk.</source>
        <translation>Les avis de licence n&apos;ont pas pu être lus ({error})&#xa0;; réinstallez ISU Desk.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About ISU Desk</source>
        <translation>À propos d&apos;ISU Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+95"/>
        <source>Something went wrong and that action was not completed; nothing else was changed.

The details were written to {path} for support.</source>
        <translation>Un problème est survenu et cette action n&apos;a pas été menée à bien&#xa0;; rien d&apos;autre n&apos;a été modifié.

Les détails ont été inscrits dans {path} à l&apos;intention de l&apos;assistance.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ISU Desk is already starting on {folder}; use that window when it opens.</source>
        <translation>ISU Desk est déjà en train de démarrer sur {folder}&#xa0;; utilisez cette fenêtre quand elle s’ouvrira.</translation>
    </message>
</context>
<context>
    <name>history_panel</name>
    <message>
        <location filename="../../ui/history_panel.py" line="-185"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>from sync</source>
        <translation>par synchronisation</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted…</source>
        <translation>Supprimés…</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="-104"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer ({dpi} dpi).</source>
        <translation>Envoyé à l&apos;imprimante ({dpi} ppp).</translation>
    </message>
</context>
<context>
    <name>restore_flow</name>
    <message>
        <location filename="../../ui/restore_flow.py" line="+28"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore {file}?

All the data in ISU Desk now is replaced by the data in this backup: anything entered since the backup was made is no longer shown.

A copy of the current data is kept in the data folder first, so this can be undone by restoring that copy.

The window closes and reopens on the restored data.</source>
        <translation>Restaurer {file}&#xa0;?

Toutes les données actuelles d&apos;ISU Desk sont remplacées par celles de cette sauvegarde&#xa0;: ce qui a été saisi depuis la sauvegarde n&apos;apparaît plus.

Une copie des données actuelles est d&apos;abord conservée dans le dossier des données&#xa0;; on peut donc revenir en arrière en restaurant cette copie.

La fenêtre se ferme et se rouvre sur les données restaurées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ISU Desk backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes ISU Desk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup was not restored; your data is unchanged.

{error}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;; vos données sont inchangées.

{error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored {file}. The data it replaced was kept as {copy}.</source>
        <translation>{file} restauré. Les données remplacées ont été conservées sous {copy}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {file}.</source>
        <translation>{file} restauré.</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-91"/>
        <source>A name people recognise, e.g. “Anna&apos;s laptop” or “Office desk”</source>
        <translation>Un nom que chacun reconnaît, p. ex. «&#xa0;portable d&apos;Anna&#xa0;» ou «&#xa0;bureau&#xa0;»</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Name this workstation</source>
        <translation>Nommer ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other workstations will call this one by this name.
{hint}.</source>
        <translation>Les autres postes désigneront celui-ci par ce nom.
{hint}.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+54"/>
        <source>ISU Desk cannot open its data folder.</source>
        <translation>ISU Desk ne peut pas ouvrir son dossier de données.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Opening the data folder…</source>
        <translation>Ouverture du dossier de données…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ISU Desk cannot open its data folder.

The details were written to isu-desk.log in the data folder.</source>
        <translation>ISU Desk ne peut pas ouvrir son dossier de données.

Les détails ont été écrits dans isu-desk.log, dans le dossier de données.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../ui/unlock.py" line="+41"/>
        <source>That passphrase does not open the database. Type it again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Tapez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The data in this folder is not encrypted on disk.

Encrypt it now? An encrypted copy is made and checked first; the plain file is removed only then.

If you choose No you will not be asked again (“isu-desk encrypt” does it later).</source>
        <translation>Les données de ce dossier ne sont pas chiffrées sur le disque.

Les chiffrer maintenant&#xa0;? Une copie chiffrée est d’abord créée et vérifiée&#xa0;; le fichier en clair n’est supprimé qu’ensuite.

Si vous choisissez Non, la question ne sera plus posée («&#xa0;isu-desk encrypt&#xa0;» le fera plus tard).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The data was not encrypted.

{error}</source>
        <translation>Les données n’ont pas été chiffrées.

{error}</translation>
    </message>
</context>
<context>
    <name>user_guide</name>
    <message>
        <location filename="../../ui/user_guide.py" line="-10"/>
        <source>The user guide ({file}) is missing from this copy of ISU Desk.</source>
        <translation>Le guide de l&apos;utilisateur ({file}) manque dans cette copie d&apos;ISU Desk.</translation>
    </message>
</context>
</TS>
