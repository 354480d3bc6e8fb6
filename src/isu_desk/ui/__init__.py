"""The desktop app: the only package that imports PySide6 (windows, views, item models).

The page plug-in contract
-------------------------
Each section of the main window (the shell's Dashboard, Reports and Sync, and
the sections the capabilities declare in the registry) is a *page*: a
``QWidget`` constructed as ``Page(context: AppContext, parent=None)`` (see
:mod:`isu_desk.ui.context`) the first time the section is opened, always with
the database open (a section opened while it still opens shows "Loading…"
until then; see :mod:`isu_desk.ui.startup`). The main window calls these
optional methods when the page has them:

- ``status_widget() -> QWidget | None``: added permanently to the status bar.
- ``menu_actions() -> list[QAction]`` (declare the section with ``menu=True``):
  added to a menu named after the page;
  their shortcuts work in the whole window while the page is shown (set an
  action's context to ``Qt.ApplicationShortcut`` to make it work from every
  section, e.g. "Sync now").
- ``startup()``: called once after the window is shown.
- ``can_close() -> bool``: asked before the window closes (e.g. to offer saving
  unsaved edits); False keeps the window open.
- ``shutdown()``: called when the window closes, before the database closes.

Pages refresh when a table they show changes (:meth:`AppContext.watch`); the
database reports every committed write, so pages never announce their own.
Slow work goes through :func:`isu_desk.ui.operations.op`.
"""

from isu_desk.ui.pyside_fix import keep_none_alive

keep_none_alive()
