"""Briefing packs: choosing the tables and sections for a country, region or theme (selection) and building the pack (pack)."""
