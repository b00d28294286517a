"""The Body map tab: where a feeling sits, its name, and the person's own map."""
