"""Small daily goals, shared by Today and the journal (kept apart so Today imports little)."""

DAILY_FEELINGS_GOAL = 5
"""The first two-week step: name at least five emotions a day, even subtle ones."""
