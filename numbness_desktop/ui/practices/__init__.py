"""The Practices tab: a check-in, matched suggestions and guided everyday practices."""
