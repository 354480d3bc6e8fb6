"""PDF reports with reportlab: one stylesheet, one letterhead, one builder per report.

This package takes domain records in and gives PDF bytes (or flowables) out; it
never touches the database (services gather the data, see
:mod:`isu_desk.services.reports`). Text in any script the unit receives prints
correctly: Latin with diacritics, Cyrillic, Arabic (shaped, right to left), Lao
and Vietnamese in DejaVu Sans; Chinese in WenQuanYi Micro Hei; all shipped in
``resources/fonts/`` with their licences and embedded (subset) in every PDF.

The API for writing a new report or letter (import from the modules named):

``letterhead.ReportMeta(title, subtitle="", unit_name, unit_address, printed=today, wide=False)``
    What the letterhead prints: unit name and address top left, title and
    "Printed <date>" top right, a thin rule, "Page X of Y" at the foot.
    ``wide=True`` gives landscape A4. Services build it with
    ``isu_desk.services.reports.report_meta(database, title)``, which applies
    the unit's name and address from settings.

``letterhead.render_document(meta, flowables) -> bytes``
    Lays flowables out on letterhead pages and returns the PDF.

``letterhead.title_block(meta) -> list[Flowable]``
    The big title (and subtitle) for the top of page 1 of a report; letters
    leave it out.

``letterhead.content_width(meta) -> float``
    Points available between the margins (to size table columns).

``letterhead.long_date(day)`` / ``letterhead.short_date(day)``
    "6 March 2025" / "6 Mar 2025", independent of the system locale.

``text.paragraph(text, style="body") -> Flowable``
    A paragraph of *plain* user text in any script (escaped, shaped, CJK runs
    in the CJK font, right-to-left paragraphs right-aligned and broken into
    lines correctly). For your own markup (``<b>``), pass user text through
    ``text.markup(text)`` and build ``Paragraph(…, stylesheet()[name])``.

``tables.data_table(headers, rows, col_widths, *, caption="", numeric_columns=()) -> Table``
    A table whose header row (and optional spanning caption) repeats on every
    page, zebra rows. Cells are strings (any script; wrapped to the column)
    or flowables. ``numeric_columns`` are right-aligned (amounts). Several
    small tables (one per group) lay out much faster than one huge one.

``styles.stylesheet()``
    The one stylesheet: ``title``, ``subtitle``, ``heading``, ``body``,
    ``body_right``, ``small``, ``cell``, ``cell_header``, ``cell_group``;
    colours ``INK``, ``MUTED``, ``ACCENT``, ``RULE``.

``letterhead.draw_text(canvas, x, y, text, size, bold=False, align="left")``
    One line of any-script text on a canvas (for custom page decorations).

Builders: :func:`states.states_report` and :func:`directory.directory_report`.
"""
