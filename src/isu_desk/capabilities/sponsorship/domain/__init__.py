"""The Sponsorship Programme's pure domain: records, priority, workflow, costs, proposals.

No database, Qt or reportlab here (import-linter keeps it so). Modules:
``records`` (Round, Application, checks), ``workflow`` (statuses and dated
steps), ``priority`` (score and breakdown), ``costs`` (estimates, payments,
the round's budget), ``propose`` ("propose offers"), ``report`` (the report's
figures), ``letters`` and ``wording`` (letters in English, French, Spanish).
"""
