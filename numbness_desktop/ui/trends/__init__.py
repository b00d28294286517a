"""The Trends tab: the person's own progress in light QPainter charts."""
