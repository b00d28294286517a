"""The shared Qt-signal model that views observe; it calls the store. No widgets."""
