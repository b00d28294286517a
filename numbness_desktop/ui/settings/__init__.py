"""The Settings dialog and its pages (one line per page in pages.PAGES)."""
