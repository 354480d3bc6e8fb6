"""One window per data folder: a second start brings the first window to the front.

The first window listens on a local socket (a named pipe on Windows) whose name
is derived from the data folder's resolved path; a second start on the same
folder connects, asks that window to come to the front, hears back and exits
instead of opening a second window on the same database. Other data folders
have other names, so a portable copy on a USB stick opens beside the usual one.
The command line does not use this and keeps working beside the window.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
RAISED = b"raised\n"
TIMEOUT_MS = 2000


def server_name(folder: Path) -> str:
    """The local socket name of the window open on ``folder`` (per user, per folder)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or passwd
        user = ""
    key = f"{user}\0{folder.expanduser().resolve()}".encode()
    return "isu-desk-" + hashlib.sha256(key).hexdigest()[:24]


def ask_running_window(folder: Path) -> bool:
    """Ask a window already open on ``folder`` to come to the front; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and socket.readAll().data() == RAISED
    socket.disconnectFromServer()
    return answered


class WindowServer(QObject):
    """Listens for later starts on the same folder and brings ``window`` to the front."""

    def __init__(self, folder: Path, window: QWidget) -> None:
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

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if socket.readAll().data() != RAISE:
            return
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        socket.write(RAISED)
        socket.flush()
