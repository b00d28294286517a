"""The first-run welcome: three short, skippable screens."""
