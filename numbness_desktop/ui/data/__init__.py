"""Data in the app: export, import, backups and Delete everything."""
