<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../capabilities/directory/__init__.py" line="+19"/>
        <location line="+37"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>office holder</source>
        <translation>titulaire de mandat</translation>
    </message>
    <message>
        <location filename="../../capabilities/directory/services/reports.py" line="+32"/>
        <source>States Parties and signatories</source>
        <translation>États parties et signataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact directory</source>
        <translation>Annuaire des contacts</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../capabilities/directory/ui/page.py" line="+31"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Saved {name}.</source>
        <translation>Enregistré&#xa0;: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {name}. Ctrl+Z brings it back.</source>
        <translation>Supprimé&#xa0;: {name}. Ctrl+Z le rétablit.</translation>
    </message>
</context>
<context>
    <name>DirectoryTile</name>
    <message>
        <location filename="../../capabilities/directory/ui/tile.py" line="+49"/>
        <source>States Parties</source>
        <translation>États parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Article 7 transparency reports due</source>
        <translation>Prochaine échéance des rapports de transparence (article 7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the list</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Article 7 transparency reports due (today)</source>
        <translation>Rapports de transparence (article 7) attendus (aujourd&apos;hui)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Article 7 transparency reports due (in %n days)</source>
        <translation>
            <numerusform>Rapports de transparence (article 7) attendus (dans %n jour)</numerusform>
            <numerusform>Rapports de transparence (article 7) attendus (dans %n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindPane</name>
    <message>
        <location filename="../../capabilities/directory/ui/pane.py" line="+115"/>
        <source>New (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+25"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted…</source>
        <translation>Supprimés…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to {name}?</source>
        <translation>Enregistrer vos modifications de {name}&#xa0;?</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete {name}? You can bring it back with Directory ▸ Undo (Ctrl+Z).</source>
        <translation>Supprimer {name}&#xa0;? Vous pourrez annuler la suppression avec Annuaire ▸ Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../capabilities/directory/ui/forms.py" line="+147"/>
        <source>Choose from the list that opens as you type part of the name.</source>
        <translation>Choisissez dans la liste qui s&apos;ouvre lorsque vous tapez une partie du nom.</translation>
    </message>
</context>
<context>
    <name>directory.ui.fields</name>
    <message>
        <location filename="../../capabilities/directory/ui/fields.py" line="+76"/>
        <source>Thematic area (Coordinators)</source>
        <translation>Domaine thématique (coordonnateurs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+76"/>
        <location line="+41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>e.g. Côte d&apos;Ivoire</source>
        <translation>p. ex. Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three capital letters, e.g. CIV</source>
        <translation>trois majuscules, p. ex. CIV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ratification/accession</source>
        <translation>Ratification/adhésion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent by</source>
        <translation>Mode de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not yet)</source>
        <translation>(pas encore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>Groupe régional de l&apos;ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Least developed country</source>
        <translation>Pays le moins avancé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article 3: stockpiles</source>
        <translation>Article 3&#xa0;: stocks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article 3 deadline</source>
        <translation>Échéance de l&apos;article 3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article 4: clearance</source>
        <translation>Article 4&#xa0;: dépollution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article 4 deadline</source>
        <translation>Échéance de l&apos;article 4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters in</source>
        <translation>Lettres en</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+45"/>
        <location line="+25"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+41"/>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. UNDP</source>
        <translation>p. ex. PNUD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO code of its seat, e.g. CHE</source>
        <translation>code ISO du pays du siège, p. ex. CHE</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+43"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>+41 22 …</source>
        <translation>+41 22 …</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. H.E. Ms, Dr</source>
        <translation>p. ex. S. E. Mme, Dr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Permanent Representative</source>
        <translation>p. ex. Représentant permanent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>codes separated by commas: en, fr, ar</source>
        <translation>codes séparés par des virgules&#xa0;: en, fr, ar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(choose a State)</source>
        <translation>(choisir un État)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Term from</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term to</source>
        <translation>Fin du mandat</translation>
    </message>
</context>
<context>
    <name>directory.ui.models</name>
    <message>
        <location filename="../../capabilities/directory/ui/models.py" line="+58"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <location line="+12"/>
        <location line="+31"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+43"/>
        <location line="+26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ratified/acceded</source>
        <translation>Ratification/adhésion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LDC</source>
        <translation>PMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search States by name or code</source>
        <translation>Rechercher un État par nom ou code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+16"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search organisations by name, acronym or e-mail</source>
        <translation>Rechercher une organisation par nom, sigle ou courriel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Any State</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any organisation</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any gender</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts by name, position or e-mail</source>
        <translation>Rechercher un contact par nom, fonction ou courriel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office holders</source>
        <translation>Titulaires de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office holder</source>
        <translation>Titulaire de mandat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term from</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term to</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search office holders by State</source>
        <translation>Rechercher un titulaire de mandat par État</translation>
    </message>
</context>
<context>
    <name>directory.ui.pane</name>
    <message>
        <location filename="../../capabilities/directory/ui/pane.py" line="-367"/>
        <location line="+278"/>
        <source>this record</source>
        <translation>cet enregistrement</translation>
    </message>
</context>
<context>
    <name>directory.ui.phrases</name>
    <message>
        <location filename="../../capabilities/directory/ui/phrases.py" line="+38"/>
        <source>New State</source>
        <translation>Nouvel État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New state</source>
        <translation>Nouvel État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit state</source>
        <translation>Modifier l&apos;État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete state</source>
        <translation>Supprimer l&apos;État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} state</source>
        <translation>{count} État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} states</source>
        <translation>{count} États</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted states, to restore</source>
        <translation>États supprimés, à rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} organisation</source>
        <translation>{count} organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} organisations</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted organisations, to restore</source>
        <translation>Organisations supprimées, à rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contact</source>
        <translation>{count} contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted contacts, to restore</source>
        <translation>Contacts supprimés, à rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New office holder</source>
        <translation>Nouveau titulaire de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit office holder</source>
        <translation>Modifier le titulaire de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete office holder</source>
        <translation>Supprimer le titulaire de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} office holder</source>
        <translation>{count} titulaire de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} office holders</source>
        <translation>{count} titulaires de mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted office holders, to restore</source>
        <translation>Titulaires de mandat supprimés, à rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only one status</source>
        <translation>N&apos;afficher qu&apos;un statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one kind</source>
        <translation>N&apos;afficher qu&apos;un type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one state</source>
        <translation>N&apos;afficher qu&apos;un État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one organisation</source>
        <translation>N&apos;afficher qu&apos;une organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one gender</source>
        <translation>N&apos;afficher qu&apos;un genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one role</source>
        <translation>N&apos;afficher qu&apos;un rôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State Party</source>
        <translation>État partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not party</source>
        <translation>Non partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratification</source>
        <translation>Ratification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accession</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>African</source>
        <translation>États d&apos;Afrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia pacific</source>
        <translation>États d&apos;Asie et du Pacifique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern european</source>
        <translation>États d&apos;Europe orientale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin american caribbean</source>
        <translation>États d&apos;Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western european others</source>
        <translation>États d&apos;Europe occidentale et autres États</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intergovernmental</source>
        <translation>Intergouvernementale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>President designate</source>
        <translation>Président désigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
</context>
</TS>
