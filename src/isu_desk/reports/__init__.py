"""PDF reports with reportlab: one stylesheet, one letterhead, one builder per report."""
