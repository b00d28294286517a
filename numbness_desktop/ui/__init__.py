"""Widgets: the main window, the theme and one package per view."""
