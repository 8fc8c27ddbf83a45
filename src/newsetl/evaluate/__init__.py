"""Evaluation commands (figures printed for reviewers; not part of the processing path)."""
