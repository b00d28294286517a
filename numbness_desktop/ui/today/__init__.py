"""The Today tab."""
