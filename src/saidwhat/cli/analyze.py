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
@click.option("--profile", "with_profile", is_flag=True,
              help="Add the sourcing profile (share attributed, sources by kind and ownership, anonymous, "
                   "denials, distanced, unattributed): a table after each article, or \"profile\" in JSON.")
@click.option("--speakers", "with_speakers", is_flag=True,
              help="List the article's speakers: one identity per person or body, with its mentions, "
                   "quotation count and kind; \"speakers\" in JSON.")
def analyze(paths: tuple[str, ...], fmt: str | None, model: str | None, encoding: str | None, with_profile: bool = False,
            with_speakers: bool = False) -> None:
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
    fmt = fmt or ("jsonl" if is_batch(paths) else "table")
    records = analyze_inputs(pipeline, inputs, profile=with_profile, speakers=with_speakers)
    if (with_profile or with_speakers) and fmt == "table":
        from saidwhat.resolve.profile import profile_table
        from saidwhat.resolve.speakers import speakers_table

        for number, record in enumerate(records):
            profile = record.pop("profile", None)
            speakers = record.pop("speakers", None)
            WRITERS["table"]([record], sys.stdout)
            if profile is not None:
                sys.stdout.write("sourcing profile:\n" + profile_table(profile) + "\n")
            if speakers is not None:
                sys.stdout.write("speakers:\n" + speakers_table(speakers) + "\n")
    else:
        WRITERS[fmt](records, sys.stdout)
    if failures:
        sys.exit(2)


def analyze_inputs(pipeline: Pipeline, inputs: Iterable[InputArticle], profile: bool = False,
                   speakers: bool = False) -> Iterator[Record]:
    """Run the pipeline over each input and turn the result into a contract record (with the
    sourcing profile under "profile" when asked)."""
    for item in inputs:
        article = pipeline(item.text, id=item.id)
        article.is_extracted = item.is_html_extracted
        record = article_to_contract(article, item.meta)
        if profile:
            from saidwhat.resolve.profile import sourcing_profile

            record["profile"] = sourcing_profile(article)
        if speakers:
            from saidwhat.resolve.speakers import speakers_json

            record["speakers"] = speakers_json(article)
        yield record


COMMANDS = [analyze]
