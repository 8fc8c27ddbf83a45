"""Text normalisation: unicode repair, line/paragraph assembly, boilerplate, spin repair."""
