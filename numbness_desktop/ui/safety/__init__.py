"""The Safety plan tab."""
