"""The main window's jobs, one module each; ``ui/main_window.py`` puts them together.

``tabs`` (the lazy tabs and the ways into them), ``help_now`` (Get help now: its button, the
panel, focus back where it was), ``menu_wiring`` (entries, Settings, About), ``geometry``
(size and last tab), ``data`` (backups, restore, words a crash left behind) and
``closing`` (saving everything, the last flush). Each is a set of functions taking the
window; ``MainWindow`` keeps one-line methods for them, so callers see one object.
"""
