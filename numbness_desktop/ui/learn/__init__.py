"""Learn: short pages about numbness, the therapies that help, and when to seek help."""
