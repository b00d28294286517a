"""Data in the app: export, import, backups, restore, damage found at start, Delete everything."""
