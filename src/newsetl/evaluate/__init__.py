"""Evaluation commands: measured quality of the pipeline's stages on labelled data."""
