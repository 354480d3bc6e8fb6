"""ISU Desk: the desktop application of a treaty Implementation Support Unit."""

__version__ = "0.1.0"
