"""Data files shipped inside the package (read through importlib.resources)."""
