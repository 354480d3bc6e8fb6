"""Meetings: the record of every meeting, its documents, who attended, minutes,
decisions and the action points followed to closure."""
