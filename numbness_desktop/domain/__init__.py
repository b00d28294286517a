"""Plain dataclasses and pure logic: no Qt, no SQL."""
