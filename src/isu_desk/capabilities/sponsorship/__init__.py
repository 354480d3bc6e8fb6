"""The Sponsorship Programme: rounds, applications, priorities, decisions, costs and letters."""
