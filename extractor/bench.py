"""Benchmarks (``make bench``) on the IndoSum sample:

- speed: the bare NER model against the full warta pipeline, in one process, over the same
  articles (the ratio holds across machines);
- workers: whole ``warta extract`` jobs (reading, pipeline, manifest, tables) with one worker (in
  this process) and with two worker processes, models loaded before the clock starts;
- memory: peak resident memory of ``warta extract`` on the sample and on the sample repeated
  ``--copies`` times with new ids, each run in a fresh process;
- fuzz: ``--fuzz`` random documents (random Unicode and press-text fragments, the generator of
  ``tests/test_fuzz.py``) through the API; exits 1, after listing them, if any raises or gets an
  offset outside its text or a value that is not a finite number. Needs hypothesis (the ``dev`` extra).

    python -m extractor.bench [--corpus PATH] [--limit N] [--only speed,workers,memory,fuzz] [--copies 10]
                              [--fuzz 10000] [--seed 0] [--backend stanza|spacy|ensemble]

Timings are best of ``--rounds`` interleaved rounds: another process on the machine slows one
round, not all. CPU time (of this process and its workers) is given beside wall time, since it
does not grow when other work shares the cores; the machine's load average is printed with each
section, since such work changes the worker speed-up more than anything measured here.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Callable

import psutil
import spacy
from spacy.language import Language

from .api import BACKENDS, DEFAULT_BACKEND, DEFAULT_MODEL, EXTRACTOR_COMPONENTS, Warta, build_pipeline, load
from .batch import BatchOptions, run_batch
from .batch.engines import Engine, InProcess, LocalProcesses
from .batch.job import MANIFEST_NAME, SHARD_SIZE, STATE_FOLDER

# Both sides use the batch size extract_many defaults to: spaCy's own default (1000) is twice as slow here.
BATCH_SIZE = 32
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "indosum" / "indosum_news_sample.jsonl"
SECTIONS = ("speed", "workers", "memory", "fuzz")
REFERENCE_DATE = date(2026, 11, 27)


def _cpu_seconds() -> float:
    """CPU time of this process and of its live children (the worker processes): unlike wall
    time, it does not grow when other work shares the cores."""
    processes = [psutil.Process()] + psutil.Process().children(recursive=True)
    return sum(sum(process.cpu_times()[:2]) for process in processes)


def _seconds(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``run()``."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    run()
    return time.perf_counter() - started, _cpu_seconds() - cpu


def _load_average() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def bare_model(backend: str) -> Language:
    """The NER model alone: spaCy's model as it loads, or the Stanza tagger behind the tokenizer and
    sentence splitter it needs (warta's extractors left out)."""
    if backend == "spacy":
        return spacy.load(DEFAULT_MODEL)
    nlp = build_pipeline(DEFAULT_MODEL, backend)
    for name in EXTRACTOR_COMPONENTS:
        nlp.remove_pipe(name)
    return nlp


def bench_speed(documents: list[dict], words: int, warta: Warta, rounds: int, backend: str) -> None:
    """Words/s of the bare NER model and of the full pipeline, in this process."""
    bare = bare_model(backend)
    # Warm both up so model loading and first-call costs stay out of the timings.
    list(bare.pipe(document["text"] for document in documents[:20]))
    list(warta.extract_many(documents[:20]))
    best = {"bare NER model": (float("inf"), float("inf")), "full pipeline": (float("inf"), float("inf"))}
    for _ in range(rounds):
        texts = (document["text"] for document in documents)
        runs = {"bare NER model": lambda: list(bare.pipe(texts, batch_size=BATCH_SIZE)),
                "full pipeline": lambda: list(warta.extract_many(documents, batch_size=BATCH_SIZE))}
        for name, run in runs.items():
            best[name] = tuple(map(min, best[name], _seconds(run)))
    print(f"speed, backend {backend} ({_load_average()}): words/s by wall time, and by CPU time")
    for name, (wall, cpu) in best.items():
        print(f"  {name:15} {words / wall:9.0f} words/s  {words / cpu:9.0f} words/CPU-s")
    (bare_wall, bare_cpu), (full_wall, full_cpu) = best.values()
    print(f"  full pipeline: {bare_wall / full_wall:.0%} of the bare model by wall time, {bare_cpu / full_cpu:.0%} by CPU time")


def _job(corpus: Path, engine: Engine) -> None:
    with tempfile.TemporaryDirectory() as outdir:
        run_batch(BatchOptions(inputs=(str(corpus),), output=Path(outdir), reference_date=REFERENCE_DATE,
                               progress=False), engine=engine)


def bench_workers(corpus: Path, warm_up: Path, documents: int, words: int, warta: Warta, rounds: int,
                  backend: str) -> None:
    """Whole jobs with one worker and with two, and the speed-up; ``warm_up`` is run first by
    both, so that every worker has run the pipeline before the clock starts."""
    two = LocalProcesses(2, {"reference_date": REFERENCE_DATE, "backend": backend})
    try:
        two.start()
        one = InProcess(Warta(warta.nlp, REFERENCE_DATE))
        for engine in (one, two):
            _job(warm_up, engine)
        best = {1: (float("inf"), float("inf")), 2: (float("inf"), float("inf"))}
        for _ in range(rounds):
            best[1] = tuple(map(min, best[1], _seconds(lambda: _job(corpus, one))))
            best[2] = tuple(map(min, best[2], _seconds(lambda: _job(corpus, two))))
    finally:
        two.close()
    print(f"workers ({_load_average()}; {os.cpu_count()} cores)")
    for workers, (wall, cpu) in best.items():
        print(f"  {workers} worker{'s' if workers > 1 else ' '}  {wall:6.1f} s  {documents / wall:6.1f} docs/s  "
              f"{words / wall:7.0f} words/s  ({cpu:.1f} CPU-s, all processes)")
    print(f"  speed-up with 2 workers: {best[1][0] / best[2][0]:.2f}x measured; "
          f"{2 * best[1][1] / best[2][1]:.2f}x if the job's CPU time were spread over two free cores")


def _repeated(documents: list[dict], copies: int, path: Path) -> Path:
    """The documents ``copies`` times over as JSONL; copies after the first get new ids."""
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for document in documents:
                new_id = document["id"] if copy == 0 else f"{document['id']}~copy{copy}"
                handle.write(json.dumps({**document, "id": new_id}, ensure_ascii=False) + "\n")
    return path


def peak_rss(corpus: Path) -> tuple[int, float, float]:
    """(peak resident memory in KiB, seconds, of which assembling the tables and the archive's
    referents) of ``warta extract corpus`` in a fresh process."""
    with tempfile.TemporaryDirectory() as outdir:
        command = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", outdir, "--no-progress",
                   "--reference-date", REFERENCE_DATE.isoformat()]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)  # the rusage of this child alone
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
        with closing(sqlite3.connect(Path(outdir) / STATE_FOLDER / MANIFEST_NAME)) as manifest:
            assembly = float(manifest.execute("SELECT value FROM job WHERE key = 'assembly_seconds'").fetchone()[0])
    return usage.ru_maxrss, seconds, assembly


def bench_memory(documents: list[dict], copies: int) -> None:
    """Peak RSS of whole runs on the sample and on ``copies`` times the sample."""
    with tempfile.TemporaryDirectory() as folder:
        sizes = {}
        for times in (1, copies):
            corpus = _repeated(documents, times, Path(folder) / f"x{times}.jsonl")
            sizes[times] = peak_rss(corpus)
            corpus.unlink()
    print(f"memory (peak RSS of `warta extract`, one process; {_load_average()})")
    for times, (kib, seconds, assembly) in sizes.items():
        print(f"  {times * len(documents):7d} articles  {kib / 1024:7.0f} MiB  ({seconds:.0f} s, of which assembling"
              f" the tables and referents {assembly:.1f} s, {assembly / seconds:.1%})")
    (small, *_), (large, *_) = sizes.values()
    print(f"  {copies}x the articles: peak RSS {large / small - 1:+.1%}")


def bench_fuzz(warta: Warta, documents: int, seed: int) -> int:
    """Runs ``documents`` random documents (the same for the same ``seed``) through ``warta.extract``
    and lists those that fail; returns their number."""
    from .testing.fuzz import failures  # hypothesis: a dev dependency

    started = time.perf_counter()
    ran, failed = failures(warta.extract, documents, seed)
    print(f"fuzz ({_load_average()}): {ran} random documents (seed {seed}) in {time.perf_counter() - started:.0f} s, "
          f"{len(failed)} failed")
    for text, problems in failed:
        shown = repr(text) if len(text) <= 500 else f"{text[:500]!r}... ({len(text)} characters)"
        print(f"  document {shown}")
        for problem in problems:
            print("    " + problem.rstrip().replace("\n", "\n    "))
    return len(failed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--copies", type=int, default=10, help="the memory section's larger input, in copies of the sample")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument("--fuzz", type=int, default=10_000, help="the fuzz section's number of random documents")
    parser.add_argument("--seed", type=int, default=0, help="the fuzz section's random seed")
    parser.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND, help="the NER backend")
    args = parser.parse_args()
    sections = set(args.only.split(","))
    documents = []
    if sections - {"fuzz"}:  # fuzz makes its own documents
        with args.corpus.open(encoding="utf-8") as lines:
            documents = [json.loads(line) for line, _ in zip(lines, range(args.limit))]
    words = sum(len(document["text"].split()) for document in documents)
    print(f"{date.today()} on {platform.machine()} ({platform.processor() or 'cpu'})"
          + (f", {len(documents)} articles, {words} words" if documents else ""))
    warta = load(reference_date=REFERENCE_DATE, backend=args.backend) if sections & {"speed", "workers", "fuzz"} else None
    if "speed" in sections:
        bench_speed(documents, words, warta, args.rounds, args.backend)
    if "workers" in sections:
        with tempfile.TemporaryDirectory() as folder:
            corpus = _repeated(documents, 1, Path(folder) / "sample.jsonl")
            warm_up = _repeated(documents[:4 * SHARD_SIZE], 1, Path(folder) / "warm-up.jsonl")
            bench_workers(corpus, warm_up, len(documents), words, warta, args.rounds, args.backend)
    if "memory" in sections:
        bench_memory(documents, args.copies)
    if "fuzz" in sections and (failed := bench_fuzz(warta, args.fuzz, args.seed)):
        sys.exit(f"fuzz: {failed} of {args.fuzz} random documents FAILED (listed above)")


if __name__ == "__main__":
    main()
