"""The Trends tab: the person's own progress in pyqtgraph charts."""
