<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BudgetLineForm</name>
    <message>
        <location filename="../../capabilities/contributions/ui/reference_forms.py" line="+37"/>
        <location line="+4"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved CHF</source>
        <translation>Montant approuvé (CHF)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by (meeting)</source>
        <translation>Approuvé par (réunion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../capabilities/contributions/ui/models.py" line="+199"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved CHF</source>
        <translation>Approuvé (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../../capabilities/contributions/ui/budget.py" line="+49"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add budget line…</source>
        <translation>Ajouter une ligne budgétaire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit budget line…</source>
        <translation>Modifier la ligne budgétaire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Work plan by year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan de travail par année&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{year}: budget CHF {budget} · received CHF {received} · {share}</source>
        <translation>{year}&#xa0;: budget CHF {budget} · reçu CHF {received} · {share}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{lines} budget lines · CHF {total}</source>
        <translation>{lines} lignes budgétaires · CHF {total}</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../capabilities/contributions/__init__.py" line="+20"/>
        <location line="+47"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>fund</source>
        <translation>fonds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pledge</source>
        <translation>annonce de contribution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>instalment</source>
        <translation>tranche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exchange rate</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <location filename="../../capabilities/contributions/services/reports.py" line="+328"/>
        <source>Contributions statement (a year)</source>
        <translation>Relevé des contributions (une année)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget and contributions 2021–2026</source>
        <translation>Budget et contributions 2021-2026</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledgement letter</source>
        <translation>Lettre de remerciement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pledge reminder</source>
        <translation>Rappel d’annonce de contribution</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../capabilities/contributions/ui/page.py" line="+317"/>
        <source>Pledges</source>
        <translation>Annonces de contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Contributions reçues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>ContributionsTile</name>
    <message>
        <location filename="../../capabilities/contributions/ui/tile.py" line="+34"/>
        <source>of this year&apos;s budget received</source>
        <translation>du budget de l&apos;année reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pledges</source>
        <translation>Annonces de contribution en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue instalments</source>
        <translation>Tranches en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest contribution</source>
        <translation>Dernière contribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the list</source>
        <translation>Ouvrir la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No budget yet for {year}</source>
        <translation>Pas encore de budget pour {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of the {year} budget received (CHF {received} of {budget})</source>
        <translation>du budget {year} reçu (CHF {received} sur {budget})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No contribution received yet</source>
        <translation>Aucune contribution reçue pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest contribution (CHF): {donor}, {date}</source>
        <translation>Dernière contribution (CHF)&#xa0;: {donor}, {date}</translation>
    </message>
</context>
<context>
    <name>FundForm</name>
    <message>
        <location filename="../../capabilities/contributions/ui/reference_forms.py" line="+46"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>InstalmentsField</name>
    <message>
        <location filename="../../capabilities/contributions/ui/instalments.py" line="+35"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add instalment</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. 10000.00</source>
        <translation>p. ex. 10000.00</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>an amount is needed</source>
        <translation>un montant est requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount must be above zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalment {row}: {why}.</source>
        <translation>Tranche {row}&#xa0;: {why}.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../capabilities/contributions/ui/models.py" line="-41"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHF</source>
        <translation>CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../capabilities/contributions/ui/page.py" line="-188"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All funds</source>
        <translation>Tous les fonds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All forms</source>
        <translation>Toutes les formes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged or not</source>
        <translation>Remerciées ou non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet acknowledged</source>
        <translation>Pas encore remerciées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Remerciées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New contribution…</source>
        <translation>Nouvelle contribution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement letter…</source>
        <translation>Lettre de remerciement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Mark acknowledged</source>
        <translation>Marquer comme remerciée</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverse…</source>
        <translation>Annuler l&apos;écriture…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledgement letter (selected rows)…</source>
        <translation>Lettre de remerciement (lignes sélectionnées)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>showing the latest {shown} of {count} entries · total CHF {total}</source>
        <translation>{shown} écritures les plus récentes sur {count} · total CHF {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} entries · total CHF {total}</source>
        <translation>{count} écritures · total CHF {total}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Correct a contribution (enter the differences, e.g. -25.00)</source>
        <translation>Corriger une contribution (saisir les écarts, p. ex. -25.00)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reverse the {currency} {amount} entry?</source>
        <translation>Annuler l&apos;écriture de {currency} {amount}&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reverse</source>
        <translation>Annuler l&apos;écriture</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../capabilities/contributions/ui/lists.py" line="+97"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../../capabilities/contributions/ui/forms.py" line="+199"/>
        <location line="+124"/>
        <source>Record contribution</source>
        <translation>Enregistrer une contribution</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate to CHF</source>
        <translation>Taux en CHF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHF equivalent</source>
        <translation>Équivalent en CHF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount settled in the pledge&apos;s currency</source>
        <translation>Montant réglé dans la devise de l&apos;annonce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work-plan year</source>
        <translation>Année du plan de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank or GICHD reference</source>
        <translation>Référence bancaire ou du GICHD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In kind: description</source>
        <translation>En nature&#xa0;: description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pledge</source>
        <translation>Annonce de contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settles the chosen pledge</source>
        <translation>règle l&apos;annonce de contribution choisie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{chf} at this rate</source>
        <translation>{chf} à ce taux</translation>
    </message>
</context>
<context>
    <name>PledgeForm</name>
    <message>
        <location line="+59"/>
        <source>Pledge</source>
        <translation>Annonce de contribution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pledged on</source>
        <translation>Annoncée le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years (2025 or 2025-2027)</source>
        <translation>Années (2025 ou 2025-2027)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instalments</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <location filename="../../capabilities/contributions/ui/models.py" line="-75"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received CHF</source>
        <translation>Reçu (CHF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n instalment(s)</source>
        <translation>
            <numerusform>%n tranche</numerusform>
            <numerusform>%n tranches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <location filename="../../capabilities/contributions/ui/page.py" line="-203"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All funds</source>
        <translation>Tous les fonds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pledge…</source>
        <translation>Nouvelle annonce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Edit pledge…</source>
        <translation>Modifier l&apos;annonce…</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Record payment…</source>
        <translation>Enregistrer un versement…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reminder…</source>
        <translation>Rappel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New fund…</source>
        <translation>Nouveau fonds…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder (selected rows)…</source>
        <translation>Rappel (lignes sélectionnées)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{pledges} pledges · received CHF {received} · {late} overdue instalment(s)</source>
        <translation>{pledges} annonces · reçu CHF {received} · {late} tranche(s) en retard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a pledge first.</source>
        <translation>Choisissez d&apos;abord une annonce de contribution.</translation>
    </message>
</context>
<context>
    <name>RateForm</name>
    <message>
        <location filename="../../capabilities/contributions/ui/reference_forms.py" line="-31"/>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHF for 1 unit</source>
        <translation>CHF pour 1 unité</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <location filename="../../capabilities/contributions/ui/budget.py" line="+10"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CHF for 1 unit</source>
        <translation>CHF pour 1 unité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <location line="+11"/>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New exchange rate…</source>
        <translation>Nouveau taux de change…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit exchange rate…</source>
        <translation>Modifier le taux de change…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{rates} exchange rates</source>
        <translation>{rates} taux de change</translation>
    </message>
</context>
<context>
    <name>WorkPlanModel</name>
    <message>
        <location line="-123"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget CHF</source>
        <translation>Budget (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received CHF</source>
        <translation>Reçu (CHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference CHF</source>
        <translation>Écart (CHF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
</context>
<context>
    <name>contributions.ui.letters</name>
    <message>
        <location filename="../../capabilities/contributions/ui/letters.py" line="+18"/>
        <source>Acknowledgement letter</source>
        <translation>Lettre de remerciement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Acknowledgement letters ({count})</source>
        <translation>Lettres de remerciement ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders ({count})</source>
        <translation>Rappels ({count})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose one or more rows first.</source>
        <translation>Choisissez d&apos;abord une ou plusieurs lignes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the {title}…</source>
        <translation>Préparation en cours ({title})…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The letter could not be prepared: {error}</source>
        <translation>La lettre n&apos;a pas pu être préparée&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>contributions.ui.lists</name>
    <message>
        <location filename="../../capabilities/contributions/ui/lists.py" line="+64"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>contributions.ui.models</name>
    <message>
        <location filename="../../capabilities/contributions/ui/models.py" line="-99"/>
        <source>Core</source>
        <translation>Budget de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsorship</source>
        <translation>Parrainage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earmarked</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-year</source>
        <translation>Pluriannuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voluntary</source>
        <translation>Volontaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial</source>
        <translation>Financière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal</source>
        <translation>Contre-passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pledged</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Versée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overpaid</source>
        <translation>Versée en excès</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>contributions.ui.page</name>
    <message>
        <location filename="../../capabilities/contributions/ui/page.py" line="-76"/>
        <source>All donors</source>
        <translation>Tous les donateurs</translation>
    </message>
</context>
</TS>
