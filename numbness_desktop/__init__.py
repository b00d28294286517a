"""Reconnect: a calm, private, offline companion for emotional numbness and disconnection."""

__version__ = "0.1.0"
APP_NAME = "Reconnect"
APP_SLUG = "numbness-desktop"
