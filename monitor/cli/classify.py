"""`storywatch classify` and `storywatch evaluate`: the follow-up classifier as a JSON Lines filter, and its score."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from monitor.detect.classify import Classifier, classify_lines, read_jsonl
from monitor.detect.evaluate import reliability, score, table
from monitor.models import Watch
from monitor.seeds import load_watches

_SEEDS = click.option("--seeds", "seeds_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
                      help="Folder of watch files, *.toml (default: the global --seeds, else the shipped seeds/).")


def _watches(ctx: click.Context, seeds_dir: Path | None) -> list[Watch]:
    if seeds_dir is not None:
        return load_watches(seeds_dir)
    return list(ctx.obj.watches())


@click.command("classify")
@_SEEDS
@click.pass_context
def classify_cmd(ctx: click.Context, seeds_dir: Path | None) -> None:
    """Classify JSON Lines from stdin: each {id, url, outlet, title, summary, body, published, previous} becomes
    {id, watches, events: [{kind, actor, target, evidence, confidence}]} on stdout, in order."""
    stdin = click.get_text_stream("stdin")
    for line in classify_lines(stdin, _watches(ctx, seeds_dir)):
        click.echo(line)


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
