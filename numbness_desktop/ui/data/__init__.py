"""Dialogs about the person's data itself: restoring a backup, damage found at start."""
