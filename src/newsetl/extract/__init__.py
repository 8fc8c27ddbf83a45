"""Extraction of structured fields (quotes, links) from normalised paragraphs."""
