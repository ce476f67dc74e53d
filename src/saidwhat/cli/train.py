"""`saidwhat train`: reproduce the shipped model from the annotated data."""
from __future__ import annotations

from pathlib import Path

import click

DEFAULT_DATA = Path("../shared/data/wikinews-quotes/train")


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_DATA, show_default=True,
              help="Directory of dataset-schema JSON files to train on.")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Model directory to write.")
def train(data: Path, out: Path) -> None:
    """Train the CRF taggers and write a model directory (deterministic; ~minutes on 2 cores).

    Example: saidwhat train --data ../shared/data/wikinews-quotes/train --out /tmp/my-model
    """
    from saidwhat.learn.train import train as train_model

    result = train_model(data, out, log=lambda msg: click.echo(msg, err=True))
    click.echo(f"model written to {result.directory} ({result.documents} documents, "
               f"{result.tokens} tokens, {result.seconds:.0f}s)")


COMMANDS = [train]
