"""`saidwhat predict` and `saidwhat evaluate`: run a model over dataset-schema files and score it."""
from __future__ import annotations

import json
from pathlib import Path

import click

from saidwhat.errors import InputError
from saidwhat.evaluate.dataset import Annotation, Document, annotation_from_dict, annotations_from_article, load_directory, write_prediction
from saidwhat.evaluate.metric import score


def _pipeline(model: str | None):
    from saidwhat import Pipeline  # deferred: loading the pipeline is slow and `--help` should not pay

    return Pipeline.load(model)


@click.command()
@click.argument("in_dir", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Directory for the prediction files (created if missing).")
@click.option("--model", default=None, help="Model directory or installed model name; 'rules' for the rule engine. Default: the installed model.")
def predict(in_dir: Path, out_dir: Path, model: str | None) -> None:
    """Analyse every dataset-schema JSON file in IN_DIR; write one prediction file per input.

    Example: saidwhat predict tests/data/evaluate --out /tmp/pred --model rules
    """
    documents = load_directory(in_dir)
    pipeline = _pipeline(model)
    out_dir.mkdir(parents=True, exist_ok=True)
    for document in documents:
        write_prediction(document, pipeline(document.text, id=document.path.stem), out_dir)
    click.echo(f"wrote {len(documents)} prediction files to {out_dir}", err=True)


def _pair(gold: list[Document], system: list[Document]) -> list[tuple[list[Annotation], list[Annotation]]]:
    """Match gold and prediction files by file name; both directories must hold the same names."""
    by_name = {d.path.name: d for d in system}
    missing = [d.path.name for d in gold if d.path.name not in by_name]
    extra = sorted(set(by_name) - {d.path.name for d in gold})
    if missing or extra:
        problem = f"{len(missing)} gold files have no prediction (first: {missing[0]})" if missing \
            else f"{len(extra)} prediction files have no gold file (first: {extra[0]})"
        raise InputError(f"gold and prediction directories do not match: {problem}")
    return [(d.annotations, by_name[d.path.name].annotations) for d in gold]


@click.command()
@click.argument("data_dir", required=False, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), help="Directory of gold dataset-schema files.")
@click.option("--pred", "pred_dir", type=click.Path(path_type=Path), help="Directory of prediction files (same file names).")
@click.option("--model", default=None, help="With DATA_DIR: the model to run (directory, installed name or 'rules').")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate(data_dir: Path | None, gold_dir: Path | None, pred_dir: Path | None, model: str | None, as_json: bool) -> None:
    """Score predictions against gold annotations (Messages, Roles, Joint; reference and strict).

    Either score files written by `saidwhat predict`, or give DATA_DIR to predict in memory
    and score in one go.

    \b
    Examples:
      saidwhat evaluate --gold tests/data/evaluate --pred /tmp/pred
      saidwhat evaluate tests/data/evaluate --model rules
    """
    if data_dir is not None:
        if gold_dir or pred_dir:
            raise click.UsageError("give either DATA_DIR or --gold and --pred, not both")
        gold = load_directory(data_dir)
        pipeline = _pipeline(model)
        pairs = [(d.annotations,
                  [annotation_from_dict(a) for a in annotations_from_article(pipeline(d.text, id=d.path.stem), d.tokens)])
                 for d in gold]
    elif gold_dir and pred_dir:
        if model:
            raise click.UsageError("--model needs DATA_DIR; --pred files are already predicted")
        pairs = _pair(load_directory(gold_dir), load_directory(pred_dir))
    else:
        raise click.UsageError("give DATA_DIR, or both --gold and --pred")
    report = score(pairs)
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else report.to_text())


COMMANDS = [predict, evaluate]
