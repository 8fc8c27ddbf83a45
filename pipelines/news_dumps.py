"""Raw news dumps -> clean, audited Parquet: the newsetl job as a runnable Beam pipeline.

    python pipelines/news_dumps.py --input 'dumps/**' --output out/ [--runner DataflowRunner ...]

The stages (see ``newsetl.pipeline.build``): match files -> read records (any format,
compressed or not, any encoding) -> process each article (boilerplate, repair, extract)
-> batch rows into Arrow tables -> zstd Parquet; dead letters as JSONL; a run report that
reconciles records read with records written, dead-lettered and skipped.
"""

import logging
import sys

from newsetl.runner import main

if __name__ == "__main__":
    logging.getLogger().setLevel(logging.WARNING)
    sys.exit(main(sys.argv[1:]))
