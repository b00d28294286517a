"""The Journal tab."""
