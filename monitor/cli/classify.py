"""`storywatch classify` and `storywatch evaluate`: the follow-up classifier as a JSON Lines filter, and its score."""

from __future__ import annotations

import collections
import itertools
import json
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

import click

from monitor.detect.classify import Classifier, classify_batch, read_jsonl
from monitor.detect.evaluate import reliability, score, table
from monitor.models import Watch
from monitor.seeds import load_watches

_SEEDS = click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
                      help="Folder of watch files, *.toml (default: the global --seeds, else the shipped seeds/).")


def _watches(ctx: click.Context, seeds_dir: Path | None) -> list[Watch]:
    if seeds_dir is not None:
        return load_watches(seeds_dir)
    return list(ctx.obj.watches())


BATCH = 500  # input lines per job: an input shorter than one batch is classified in this process
_worker: Classifier | None = None


def _start_worker(watches: list[Watch]) -> None:
    global _worker
    _worker = Classifier(watches)


def _classify_job(job: tuple[int, list[str]]) -> list[str]:
    first, lines = job
    assert _worker is not None
    return classify_batch(_worker, lines, first)


def _batches(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    batch: list[str] = []
    first = 1
    for number, line in enumerate(lines, 1):
        batch.append(line)
        if len(batch) == BATCH:
            yield first, batch
            batch, first = [], number + 1
    if batch:
        yield first, batch


def _classified(lines: Iterable[str], watches: list[Watch], workers: int) -> Iterator[str]:
    """Output lines in input order; batches go to `workers` processes (forked, so they start warm) with a
    bounded number in flight, so the filter streams and a long input never sits in memory."""
    batches = _batches(lines)
    head = next(batches, None)
    if head is None:
        return
    classifier = Classifier(watches)
    second = next(batches, None)
    if workers <= 1 or second is None or "fork" not in multiprocessing.get_all_start_methods():
        for first, batch in itertools.chain([head], [second] if second else [], batches):
            yield from classify_batch(classifier, batch, first)
        return
    classifier.classify({"id": 0, "body": "Reuters apologised."})  # load the tables once, before forking
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(watches,)) as pool:
        pending: collections.deque[Future[list[str]]] = collections.deque()
        for job in itertools.chain([head, second], batches):
            pending.append(pool.submit(_classify_job, job))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


@click.command("classify")
@_SEEDS
@click.option("--workers", type=click.IntRange(0, 64), default=2, show_default=True,
              help="Processes that classify batches of 500 lines (0 or 1: this process only; a short input always "
                   "runs here).")
@click.pass_context
def classify_cmd(ctx: click.Context, seeds_dir: Path | None, workers: int) -> None:
    """Classify JSON Lines from stdin: each {id, url, outlet, title, summary, body, published, previous} becomes
    {id, watches, events: [{kind, actor, target, evidence, confidence}]} on stdout, in order."""
    stdin = click.get_text_stream("stdin")
    out = click.get_text_stream("stdout")
    for line in _classified(stdin, _watches(ctx, seeds_dir), workers):
        out.write(line + "\n")


@click.command("evaluate")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@_SEEDS
@click.option("--errors", "show_errors", is_flag=True, help="Also list every item classified differently.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option("--split", type=click.Choice(["dev", "test"]), default=None,
              help="Score only the items of this split (the shared corpus's `split` field).")
@click.option("--calibration", is_flag=True,
              help="Also print a reliability table: confidence band vs observed precision.")
@click.pass_context
def evaluate_cmd(ctx: click.Context, file: Path, seeds_dir: Path | None, show_errors: bool, as_json: bool,
                 split: str | None, calibration: bool) -> None:
    """Score a labelled JSON Lines file (classify input plus expected_watches and expected_kinds): precision,
    recall and F1 per follow-up kind and for relevance; kinds with fewer than 20 items also as hits/n."""
    classifier = Classifier(_watches(ctx, seeds_dir))
    with file.open(encoding="utf-8") as lines:
        report = score((where, obj, classifier.classify(obj, where))
                       for where, obj in read_jsonl(lines, str(file))
                       if split is None or obj.get("split") == split)
    if as_json:
        data = {"items": report.items, "negatives": report.negatives, "relevance": asdict(report.relevance),
                "kinds": {k: asdict(t) for k, t in report.kinds.items()}}
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(table(report))
    if calibration:
        click.echo(reliability(report))
    if show_errors:
        for line in report.errors:
            click.echo(f"  {line}")
