"""The WHO-5 well-being check: the questionnaire, its result, and its card in Trends."""
