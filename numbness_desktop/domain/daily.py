"""Today's invitation to name feelings, shared by Today and the journal (kept apart so Today
imports little). An invitation, not a quota: one is plenty, five if the person likes; no
"of 5", no tick for reaching a number."""

FEELINGS_INVITATION = "Name one feeling, or five if you like"


def feelings_named_text(named: int, when: str = "today") -> str:
    """'3 feelings named today' — only what the person did, never against a target."""
    return f"{named} feeling{'s' if named != 1 else ''} named {when}"
