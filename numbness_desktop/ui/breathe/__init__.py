"""The Breathe tab: a pacer to follow, timed from a monotonic clock."""
