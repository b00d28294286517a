"""The passphrase: the unlock screen and the dialog that sets, changes or removes it."""
