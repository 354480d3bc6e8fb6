<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/form.py" line="+51"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominee</source>
        <translation>Candidat(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry or agency</source>
        <translation>Ministère ou organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note dated</source>
        <translation>Note datée du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role at the meeting</source>
        <translation>Rôle à la réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket price (CHF)</source>
        <translation>Prix du billet (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSA days</source>
        <translation>Jours d&apos;indemnité journalière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel nights (not DSA)</source>
        <translation>Nuits d&apos;hôtel (hors indemnité)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sponsorship application</source>
        <translation>Demande de parrainage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First time at a Convention meeting</source>
        <translation>Première participation à une réunion de la Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economy ticket</source>
        <translation>Billet en classe économique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal expenses</source>
        <translation>Faux frais au départ et à l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the nominee to the Directory as a contact</source>
        <translation>Ajouter le ou la candidat(e) à l&apos;annuaire comme contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/table.py" line="+31"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominee</source>
        <translation>Candidat(e)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate (CHF)</source>
        <translation>Estimation (CHF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid (CHF)</source>
        <translation>Versé (CHF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/call_dialog.py" line="+38"/>
        <source>Call for applications</source>
        <translation>Appel à candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To all States, in one note verbale in</source>
        <translation>À tous les États, en une note verbale en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the States ticked below, one note each in its own language</source>
        <translation>Aux États cochés ci-dessous, une note chacun dans sa langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a State (name or ISO code)</source>
        <translation>Trouver un État (nom ou code ISO)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prepare the call</source>
        <translation>Préparer l&apos;appel</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n State(s) ticked</source>
        <translation>
            <numerusform>%n État coché</numerusform>
            <numerusform>%n États cochés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick the States the call goes to, or choose all States.</source>
        <translation>Cochez les États destinataires de l&apos;appel, ou choisissez tous les États.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../capabilities/sponsorship/__init__.py" line="+30"/>
        <source>State Party</source>
        <translation>État partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory State</source>
        <translation>État signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State not party</source>
        <translation>État non partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article 3 or 4 obligations</source>
        <translation>Obligations au titre de l&apos;article 3 ou 4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article 3 or 4 deadline near (at most)</source>
        <translation>Échéance de l&apos;article 3 ou 4 proche (au plus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A deadline counts as near within (years)</source>
        <translation>Une échéance est proche à moins de (années)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extension request before this meeting</source>
        <translation>Demande de prolongation soumise à cette réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least developed country</source>
        <translation>Pays le moins avancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time participant</source>
        <translation>Première participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenting at the meeting</source>
        <translation>Présentation à la réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator or Friend of the President</source>
        <translation>Coordonnateur ou Ami du Président</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender under-represented among offers</source>
        <translation>Genre sous-représenté parmi les offres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First delegate of the State</source>
        <translation>Premier délégué de l&apos;État</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>Sponsorship</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>sponsorship round</source>
        <translation>cycle de parrainage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sponsorship application</source>
        <translation>demande de parrainage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workflow step</source>
        <translation>étape de traitement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score override</source>
        <translation>note fixée à la main</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sponsorship cost</source>
        <translation>coût de parrainage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>budget confirmation</source>
        <translation>confirmation de dépassement du budget</translation>
    </message>
    <message>
        <location filename="../../capabilities/sponsorship/services/reports.py" line="+293"/>
        <source>Sponsorship letter (offer, regret, wait-list)</source>
        <translation>Lettre de parrainage (offre, regret, liste d’attente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sponsorship letters of a round (one a page)</source>
        <translation>Lettres de parrainage d’un cycle (une par page)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call for sponsorship applications</source>
        <translation>Appel à candidatures au parrainage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List of sponsored delegates</source>
        <translation>Liste des délégués parrainés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GICHD payment sheet</source>
        <translation>Fiche de paiement du CIDHG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report of the Sponsorship Programme</source>
        <translation>Rapport du Programme de parrainage</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/round_form.py" line="+58"/>
        <source>Paid for</source>
        <translation>Versé pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (CHF)</source>
        <translation>Montant (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GICHD reference</source>
        <translation>Référence du GICHD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>GICHD payment</source>
        <translation>Versement du GICHD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paid by the GICHD so far: {amount}</source>
        <translation>Déjà versé par le GICHD&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment for {nominee}</source>
        <translation>Versement pour {nominee}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Past the budget</source>
        <translation>Au-delà du budget</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location line="-149"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call issued on</source>
        <translation>Appel lancé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application deadline</source>
        <translation>Date limite des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (CHF)</source>
        <translation>Budget (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSA rate per day (CHF)</source>
        <translation>Indemnité journalière par jour (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal expenses per trip (CHF)</source>
        <translation>Faux frais par voyage (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel night not covered by DSA (CHF)</source>
        <translation>Nuit d&apos;hôtel hors indemnité (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sponsorship round</source>
        <translation>Cycle de parrainage</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New sponsorship round</source>
        <translation>Nouveau cycle de parrainage</translation>
    </message>
</context>
<context>
    <name>SponsorshipLabels</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/labels.py" line="+19"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>Offre faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait-listed</source>
        <translation>Sur liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regretted</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel booked</source>
        <translation>Voyage réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenting at the meeting</source>
        <translation>Présentation à la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator or Friend of the President</source>
        <translation>Coordonnateur ou Ami du Président</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State with an extension request</source>
        <translation>État ayant demandé une prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegate</source>
        <translation>Délégué(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note verbale</source>
        <translation>Note verbale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSA</source>
        <translation>Indemnité journalière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal expenses</source>
        <translation>Faux frais au départ et à l&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>SponsorshipPage</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/page_layout.py" line="+28"/>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible…</source>
        <translation>Irrecevable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait-list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret…</source>
        <translation>Refus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Déclinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel booked</source>
        <translation>Voyage réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent(e)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer letters</source>
        <translation>Lettres d&apos;offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regret letters</source>
        <translation>Lettres de refus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait-list letters</source>
        <translation>Lettres de liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../capabilities/sponsorship/ui/page.py" line="+77"/>
        <location filename="../../capabilities/sponsorship/ui/page_layout.py" line="+18"/>
        <source>Round</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search State or nominee</source>
        <translation>Rechercher un État ou un(e) candidat(e)</translation>
    </message>
    <message>
        <location filename="../../capabilities/sponsorship/ui/page_layout.py" line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New round…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit round…</source>
        <translation>Modifier le cycle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority weights…</source>
        <translation>Pondération des priorités…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save letters as separate files…</source>
        <translation>Enregistrer les lettres en fichiers séparés…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete round…</source>
        <translation>Supprimer le cycle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New application…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set score…</source>
        <translation>Fixer la note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter payment…</source>
        <translation>Saisir un versement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call for applications…</source>
        <translation>Appel à candidatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose offers…</source>
        <translation>Proposer des offres…</translation>
    </message>
    <message>
        <location filename="../../capabilities/sponsorship/ui/page.py" line="+60"/>
        <source>No sponsorship round yet.</source>
        <translation>Aucun cycle de parrainage pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{remaining} remaining of {budget}</source>
        <translation>{remaining} restants sur {budget}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget {budget} · open offers {offered} · committed {committed} · spent {spent} · remaining {remaining}</source>
        <translation>Budget {budget} · offres en attente {offered} · engagé {committed} · dépensé {spent} · reste {remaining}</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n applications selected.</source>
        <translation>
            <numerusform>%n demande sélectionnée.</numerusform>
            <numerusform>%n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score {score}</source>
        <translation>Note {score}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Computed: {score}</source>
        <translation>  Calculée&#xa0;: {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Set by staff to {points}: {reason}</source>
        <translation>  Fixée par le personnel à {points}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate {estimate} · paid {paid}</source>
        <translation>Estimation {estimate} · versé {paid}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Conflict after sync: {status} ({why})</source>
        <translation>  Conflit après synchronisation&#xa0;: {status} ({why})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why {status}?</source>
        <translation>Pourquoi «&#xa0;{status}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Past the budget</source>
        <translation>Au-delà du budget</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>Select the applications to write to.</source>
        <translation>Sélectionnez les demandes auxquelles écrire.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+18"/>
        <location line="+30"/>
        <source>Letters…</source>
        <translation>Lettres…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Call for applications</source>
        <translation>Appel à candidatures</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save letters in the folder</source>
        <translation>Enregistrer les lettres dans le dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n letters saved in {folder}, one file each.</source>
        <translation>
            <numerusform>%n lettre enregistrée dans {folder}, un fichier par lettre.</numerusform>
            <numerusform>%n lettres enregistrées dans {folder}, un fichier par lettre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the meeting in Meetings first.</source>
        <translation>Ajoutez d&apos;abord la réunion dans Réunions.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+59"/>
        <location line="+25"/>
        <location filename="../../capabilities/sponsorship/ui/round_twins.py" line="+59"/>
        <source>Create a round first.</source>
        <translation>Créez d&apos;abord un cycle.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select one application to enter what the GICHD paid.</source>
        <translation>Sélectionnez une demande pour saisir ce que le GICHD a versé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select one application to set its score.</source>
        <translation>Sélectionnez une demande pour fixer sa note.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Set score</source>
        <translation>Fixer la note</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why is the score set by hand?</source>
        <translation>Pourquoi la note est-elle fixée à la main&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offer {offers} applications for {total} ({remaining} would remain); wait-list {waiting}.

{listed}

Record these offers?</source>
        <translation>Offrir {offers} demandes pour {total} (il resterait {remaining})&#xa0;; liste d&apos;attente&#xa0;: {waiting}.

{listed}

Enregistrer ces offres&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose offers</source>
        <translation>Proposer des offres</translation>
    </message>
    <message>
        <location filename="../../capabilities/sponsorship/ui/round_twins.py" line="-27"/>
        <source>Round {n} of {count}: {meeting}</source>
        <translation>Cycle {n} sur {count}&#xa0;: {meeting}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{meeting} has {count} sponsorship rounds, opened on different desks while offline. Keep the one with the applications: choose the other (it must hold nothing) and press Delete round…</source>
        <translation>{meeting} a {count} cycles de parrainage, ouverts sur des postes différents hors connexion. Gardez celui qui a les candidatures&#xa0;: choisissez l&apos;autre (il doit être vide) et cliquez sur Supprimer le cycle…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete round</source>
        <translation>Supprimer le cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this sponsorship round?

{name}

Only a round with nothing in it can be deleted. Edit ▸ Undo brings it back.</source>
        <translation>Supprimer ce cycle de parrainage&#xa0;?

{name}

Seul un cycle vide peut être supprimé. Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Round deleted. Edit ▸ Undo brings it back.</source>
        <translation>Cycle supprimé. Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>SponsorshipTile</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/tile.py" line="+24"/>
        <source>Open sponsorship round</source>
        <translation>Cycle de parrainage ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to the application deadline</source>
        <translation>Jours avant la date limite des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications waiting for a decision</source>
        <translation>Demandes en attente de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsorship budget remaining (CHF)</source>
        <translation>Budget de parrainage restant (CHF)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sponsorship round is open</source>
        <translation>Aucun cycle de parrainage ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed</source>
        <translation>dépassée</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/weights.py" line="+22"/>
        <source>Points each criterion adds to an application&apos;s score. They apply to every round on this workstation as soon as they are saved.</source>
        <translation>Points que chaque critère ajoute à la note d&apos;une demande. Ils s&apos;appliquent à tous les cycles sur ce poste dès qu&apos;ils sont enregistrés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+12"/>
        <source>Priority weights</source>
        <translation>Pondération des priorités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>default {value}</source>
        <translation>par défaut {value}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../capabilities/sponsorship/ui/fields.py" line="+40"/>
        <source>“{text}” is not an amount (1234.50).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant (1234.50).</translation>
    </message>
</context>
</TS>
