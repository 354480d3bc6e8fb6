"""Entry point for ``python -m isu_desk``."""

from isu_desk.start import main

raise SystemExit(main())
