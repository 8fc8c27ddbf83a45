"""Quality evaluations: labelled sets and clean corpora scored against the pipeline."""
