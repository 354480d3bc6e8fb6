"""Entry point for ``python -m isu_desk``."""

from isu_desk.cli import main

raise SystemExit(main())
