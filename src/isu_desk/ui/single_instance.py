"""One window per data folder: a second start brings the first window to the front.

The first window listens on a local socket (a named pipe on Windows) whose name
is derived from the data folder's resolved path; a second start on the same
folder connects, asks that window to come to the front, hears back and exits
instead of opening a second window on the same database. Other data folders
have other names, so a portable copy on a USB stick opens beside the usual one.
The command line does not use this and keeps working beside the window.

The first start listens from before it opens the data folder, so a second start
also finds it while the first still asks for the workstation's name (a new data
folder): that dialog comes to the front, or, when nothing is shown yet (the
database being brought up to date), the second start says plainly that ISU Desk
is already starting on that folder.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

RAISE = b"raise\n"
RAISED = b"raised\n"
STARTING = b"starting\n"
TIMEOUT_MS = 2000
# What a running start answered (ask_running_window).
NONE_RUNNING, BROUGHT_TO_FRONT, STILL_STARTING = "", "raised", "starting"


def server_name(folder: Path) -> str:
    """The local socket name of the window open on ``folder`` (per user, per folder)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or passwd
        user = ""
    key = f"{user}\0{folder.expanduser().resolve()}".encode()
    return "isu-desk-" + hashlib.sha256(key).hexdigest()[:24]


def ask_running_window(folder: Path) -> str:
    """Ask a start already running on ``folder`` to come to the front.

    Returns BROUGHT_TO_FRONT (its window or dialog came up), STILL_STARTING (it
    listens but has nothing to show yet, or is too busy to answer) or
    NONE_RUNNING ("", nobody listens).
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(TIMEOUT_MS):
        return NONE_RUNNING
    socket.write(RAISE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answer = socket.readAll().data() if socket.waitForReadyRead(TIMEOUT_MS) else b""
    socket.disconnectFromServer()
    return BROUGHT_TO_FRONT if answer == RAISED else STILL_STARTING


class WindowServer(QObject):
    """Listens for later starts on the same folder and brings ``window`` to the front.

    Created before the window exists (``window=None``), it brings up whatever
    this start shows meanwhile (the workstation's name dialog); :meth:`attach`
    hands it the main window once that is built.
    """

    def __init__(self, folder: Path, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        if not self.server.listen(name):
            # A socket file left behind by a window that crashed (Unix); nobody answers it.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def attach(self, window: QWidget) -> None:
        """From now on a later start brings ``window`` (the main window) to the front."""
        self.setParent(window)
        self.window = window

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if socket.readAll().data() != RAISE:
            return
        window = self.window or _shown_now()
        if window is None:
            socket.write(STARTING)
        else:
            bring_to_front(window)
            socket.write(RAISED)
        socket.flush()


def _shown_now() -> QWidget | None:
    """What this start shows before its main window: a dialog (the name), if any."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return shown[-1] if shown else None


def bring_to_front(window: QWidget) -> None:
    """Un-minimise, show and activate ``window``."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
