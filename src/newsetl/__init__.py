"""newsetl: raw news article dumps in, clean, structured, audited records out.

``process(text, source=None)`` is the library entry point: it returns one row of the
article schema, exactly as the Beam pipeline writes it.
"""

__version__ = "0.1.0"

from newsetl.core import process  # noqa: E402

__all__ = ["process", "__version__"]
