<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionPointsView</name>
    <message>
        <location filename="../../capabilities/meetings/ui/action_points.py" line="+115"/>
        <source>Owner (part of a name)</source>
        <translation>Responsable (partie d&apos;un nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open or in progress</source>
        <translation>Ouvert ou en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark done… (Ctrl+D)</source>
        <translation>Marquer fait… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action points of all meetings, overdue first</source>
        <translation>Points d&apos;action de toutes les réunions, en retard d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>the first %n action points</source>
        <translation>
            <numerusform>les %n premiers points d&apos;action</numerusform>
            <numerusform>les %n premiers points d&apos;action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action points</source>
        <translation>
            <numerusform>%n point d&apos;action</numerusform>
            <numerusform>%n points d&apos;action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} · %n overdue</source>
        <translation>
            <numerusform>{shown} · %n en retard</numerusform>
            <numerusform>{shown} · %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../capabilities/meetings/__init__.py" line="+22"/>
        <location line="+47"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes</source>
        <translation>procès-verbal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes text</source>
        <translation>texte du procès-verbal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes correction</source>
        <translation>rectificatif du procès-verbal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>action point</source>
        <translation>point d&apos;action</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Document symbol prefix</source>
        <translation>Préfixe des cotes de documents</translation>
    </message>
    <message>
        <location filename="../../capabilities/meetings/services/reports.py" line="+252"/>
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes of a meeting</source>
        <translation>Procès-verbal d’une réunion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions of a meeting</source>
        <translation>Décisions d’une réunion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents of a meeting</source>
        <translation>Documents d’une réunion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action points by owner</source>
        <translation>Points d’action par responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coordination Committee composition</source>
        <translation>Composition du Comité de coordination</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../capabilities/meetings/ui/details.py" line="+93"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13MSP, 3RC (when there is one)</source>
        <translation>13MSP, 3RC (s&apos;il y en a un)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO code)</source>
        <translation>Pays (code ISO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../capabilities/meetings/ui/action_points.py" line="-102"/>
        <source>Mark the action point done</source>
        <translation>Marquer le point d&apos;action comme fait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="+48"/>
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+200"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>← All meetings</source>
        <translation>← Toutes les réunions</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+133"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>head of delegation</source>
        <translation>chef de délégation</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New agenda item…</source>
        <translation>Nouveau point de l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New document…</source>
        <translation>Nouveau document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import registration list…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the chosen people:</source>
        <translation>Marquer la sélection&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark done… (Ctrl+D)</source>
        <translation>Marquer fait… (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carry open points forward</source>
        <translation>Reporter les points ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the open points as matters arising at the next meeting of this kind</source>
        <translation>Inscrire les points ouverts comme questions découlant à la prochaine réunion de ce type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New action point…</source>
        <translation>Nouveau point d&apos;action…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New decision…</source>
        <translation>Nouvelle décision…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and documents</source>
        <translation>Ordre du jour et documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action points</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saved {meeting}.</source>
        <translation>{meeting} enregistrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the {list}…</source>
        <translation>Préparation&#xa0;: {list}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list could not be prepared: {error}</source>
        <translation>La liste n&apos;a pas pu être préparée&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n marked {attendance}.</source>
        <translation>
            <numerusform>%n personne marquée&#xa0;: {attendance}.</numerusform>
            <numerusform>%n personnes marquées&#xa0;: {attendance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n open point(s) carried to {meeting} as matters arising.</source>
        <translation>
            <numerusform>%n point ouvert reporté à {meeting} comme question découlant.</numerusform>
            <numerusform>%n points ouverts reportés à {meeting} comme questions découlant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsLabels</name>
    <message>
        <location filename="../../capabilities/meetings/ui/labels.py" line="+19"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension request</source>
        <translation>Demande de prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States Parties</source>
        <translation>États parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory States</source>
        <translation>États signataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer States</source>
        <translation>États observateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations and international organisations</source>
        <translation>Nations Unies et organisations internationales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-governmental organisations</source>
        <translation>Organisations non gouvernementales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance</source>
        <translation>Version préliminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting of States Parties</source>
        <translation>Assemblée des États parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Conference</source>
        <translation>Conférence d&apos;examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intersessional meeting</source>
        <translation>Réunion intersessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination Committee</source>
        <translation>Comité de coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group or thematic meeting</source>
        <translation>Groupe de travail ou réunion thématique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <translation>Réunion bilatérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other meeting</source>
        <translation>Autre réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convened</source>
        <translation>Convoquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report adopted</source>
        <translation>Rapport adopté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circulated</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <location filename="../../capabilities/meetings/ui/meetings_list.py" line="+50"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a meeting (code, title, city)</source>
        <translation>Trouver une réunion (code, titre, ville)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n meeting</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../capabilities/meetings/ui/page.py" line="+60"/>
        <location line="+29"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+44"/>
        <source>Action points</source>
        <translation>Points d&apos;action</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the minutes text you typed?</source>
        <translation>Enregistrer le texte du procès-verbal saisi&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a meeting</source>
        <translation>Trouver une réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search minutes and decisions</source>
        <translation>Rechercher dans les procès-verbaux et les décisions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark action point done…</source>
        <translation>Marquer le point d&apos;action comme fait…</translation>
    </message>
</context>
<context>
    <name>MeetingsTile</name>
    <message>
        <location filename="../../capabilities/meetings/ui/tile.py" line="+53"/>
        <location line="+19"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Overdue action points</source>
        <translation>Points d&apos;action en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes waiting for approval</source>
        <translation>Procès-verbaux en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next meeting: {meeting}</source>
        <translation>Prochaine réunion&#xa0;: {meeting}</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../capabilities/meetings/ui/minutes_tab.py" line="+60"/>
        <source>Circulate</source>
        <translation>Diffuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>Save text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Minutes: &lt;b&gt;{status}&lt;/b&gt; on {date} · changes are corrections, with a reason</source>
        <translation>Procès-verbal&#xa0;: &lt;b&gt;{status}&lt;/b&gt; le {date} · toute modification est un rectificatif motivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes: &lt;b&gt;{status}&lt;/b&gt; on {date}</source>
        <translation>Procès-verbal&#xa0;: &lt;b&gt;{status}&lt;/b&gt; le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Procès-verbal&#xa0;: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct…</source>
        <translation>Rectifier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present: {present}   ·   Apologies: {apologies}</source>
        <translation>Présents&#xa0;: {present}   ·   Excusés&#xa0;: {apologies}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  (nothing yet)</source>
        <translation>  (rien pour l&apos;instant)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This meeting has no agenda yet.</source>
        <translation>Cette réunion n&apos;a pas encore d&apos;ordre du jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item {number}: {title}</source>
        <translation>Point {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Corrected on {date}: {reason} (approved text kept: “{text}”)</source>
        <translation>Rectifié le {date}&#xa0;: {reason} (texte approuvé conservé&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct approved minutes</source>
        <translation>Rectifier le procès-verbal approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do the approved minutes change?</source>
        <translation>Pourquoi le procès-verbal approuvé change-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Correction saved; the approved text is kept.</source>
        <translation>Rectificatif enregistré&#xa0;; le texte approuvé est conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes text saved.</source>
        <translation>Texte du procès-verbal enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve these minutes? Afterwards they change only by a correction.</source>
        <translation>Approuver ce procès-verbal&#xa0;? Il ne changera ensuite que par rectificatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minutes {status}.</source>
        <translation>Procès-verbal&#xa0;: {status}.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../capabilities/meetings/ui/record_dialog.py" line="+45"/>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number (1, 5(a))</source>
        <translation>Numéro (1, 5 a))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages (en, fr, es)</source>
        <translation>Langues (en, fr, es)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Issued on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number or paragraph</source>
        <translation>Numéro ou paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States concerned (ISO codes: LAO, IRQ)</source>
        <translation>États concernés (codes ISO&#xa0;: LAO, IRQ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted on</source>
        <translation>Adoptée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action point</source>
        <translation>point d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (unit staff member)</source>
        <translation>Responsable (membre de l&apos;Unité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done or dropped on</source>
        <translation>Fait ou abandonné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New {record}</source>
        <translation>Ajout&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {record}</source>
        <translation>Modification&#xa0;: {record}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../capabilities/meetings/ui/registration.py" line="+32"/>
        <source>Registration lists (*.csv *.xlsx *.json)</source>
        <translation>Listes d&apos;inscription (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a registration list: {meeting}</source>
        <translation>Importer une liste d&apos;inscription&#xa0;: {meeting}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registration list</source>
        <translation>Liste d&apos;inscription</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} cannot be imported; nothing was written:</source>
        <translation>{file} ne peut pas être importé&#xa0;; rien n&apos;a été écrit&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: {people} people; {listed} already on the list, {found} found in the Directory, &lt;b&gt;{new} new&lt;/b&gt;. Untick anyone who should not be created.</source>
        <translation>{file}&#xa0;: {people} personnes&#xa0;; {listed} déjà sur la liste, {found} trouvées dans l&apos;annuaire, &lt;b&gt;{new} nouvelles&lt;/b&gt;. Décochez les personnes à ne pas créer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line {line}: {name} — {delegation}</source>
        <translation>ligne {line}&#xa0;: {name} — {delegation}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{added} participants added, {created} new contacts, {listed} already listed, {left} left out.</source>
        <translation>{added} participants ajoutés, {created} nouveaux contacts, {listed} déjà inscrits, {left} laissés de côté.</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <location filename="../../capabilities/meetings/ui/action_points.py" line="-38"/>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="-216"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="-3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../capabilities/meetings/ui/meetings_list.py" line="-61"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="-43"/>
        <location line="+49"/>
        <location filename="../../capabilities/meetings/ui/meetings_list.py" line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · overdue</source>
        <translation> · en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../capabilities/meetings/ui/meeting_view.py" line="-66"/>
        <location line="+42"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../capabilities/meetings/ui/meetings_list.py" line="-5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <location filename="../../capabilities/meetings/ui/meetings_list.py" line="-3"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../capabilities/meetings/ui/search.py" line="+32"/>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action point</source>
        <translation>Point d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Search minutes, decisions, action points and documents</source>
        <translation>Rechercher dans les procès-verbaux, décisions, points d&apos;action et documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type words to search; accents and case do not matter.</source>
        <translation>Tapez des mots à rechercher&#xa0;; accents et majuscules sont ignorés.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the first %n results</source>
        <translation>
            <numerusform>les %n premiers résultats</numerusform>
            <numerusform>les %n premiers résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>action_points</name>
    <message>
        <location filename="../../capabilities/meetings/ui/action_points.py" line="+37"/>
        <source>Choose an action point first.</source>
        <translation>Choisissez d&apos;abord un point d&apos;action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That point is already {status}.</source>
        <translation>Ce point est déjà&#xa0;: {status}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked done: {action}</source>
        <translation>Marqué comme fait&#xa0;: {action}</translation>
    </message>
</context>
</TS>
