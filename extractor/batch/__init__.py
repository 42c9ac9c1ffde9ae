"""Batch runs at archive scale: streamed input, local worker processes or a dask cluster,
resumable through a manifest, near-duplicates marked, tables written in atomic parts.

    from extractor.batch import BatchOptions, run_batch
    run_batch(BatchOptions(inputs=("archive/",), output=Path("out"), workers=2, resume=True))
"""
from .job import DEFAULT_PART_SIZE, BatchOptions, BatchResult, extract_records, run_batch
from .manifest import ResumeError
from .output_folder import OutputFolderError

__all__ = ["BatchOptions", "BatchResult", "DEFAULT_PART_SIZE", "OutputFolderError", "ResumeError", "extract_records",
           "run_batch"]
