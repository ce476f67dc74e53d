"""`saidwhat analyze`: read articles, run the pipeline, write the JSON contract or a table."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

import click

from saidwhat.errors import InputError
from saidwhat.io import WRITERS, InputArticle, Record, article_to_contract, is_batch, read_inputs
from saidwhat.pipeline import Pipeline


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default=None,
              help="Output format. Default: table for one article, jsonl for several files, "
                   "a directory or a .jsonl file.")
@click.option("--model", default=None, metavar="PATH",
              help="Model directory or installed model name; 'rules' forces the rule engine.")
@click.option("--encoding", default=None, metavar="ENC",
              help="Encoding of text input (default: detected; UTF-8, else cp1252 for German archives).")
def analyze(paths: tuple[str, ...], fmt: str | None, model: str | None, encoding: str | None) -> None:
    """Find who said what in German news articles (.txt, .html, .jsonl, directories, or - for stdin).

    \b
    Example:
      echo '„Wir bleiben“, sagte die Ministerin.' | saidwhat analyze - --format json

    A bad file or JSON line is reported on stderr and skipped; the exit code is then 2.
    """
    pipeline = Pipeline.load(model)
    failures: list[InputError] = []

    def report(exc: InputError) -> None:
        failures.append(exc)
        click.echo(f"Error: {exc}", err=True)

    inputs = read_inputs(paths, encoding=encoding, on_error=report)
    WRITERS[fmt or ("jsonl" if is_batch(paths) else "table")](analyze_inputs(pipeline, inputs), sys.stdout)
    if failures:
        sys.exit(2)


def analyze_inputs(pipeline: Pipeline, inputs: Iterable[InputArticle]) -> Iterator[Record]:
    """Run the pipeline over each input and turn the result into a contract record."""
    for item in inputs:
        article = pipeline(item.text, id=item.id)
        article.is_extracted = item.is_html_extracted
        yield article_to_contract(article, item.meta)


COMMANDS = [analyze]
