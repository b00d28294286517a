"""Gentle reminders: the Settings page, the tray icon and the in-window invitation."""
