"""`saidwhat check-speakers GOLD`: a thin shell over `saidwhat.resolve.speaker_check`."""
from __future__ import annotations

from pathlib import Path

import click

from saidwhat.resolve.speaker_check import evaluate, format_report


@click.command("check-speakers")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="WIKINEWS data directory holding dev/ (default: $SAIDWHAT_WIKINEWS or ../shared/data/wikinews-quotes).")
@click.option("--e2e", is_flag=True, help="Also run saidwhat.analyze on the same articles and score its speakers.")
@click.option("-v", "--verbose", is_flag=True, help="List every error.")
def check_speakers(gold: str, data_dir: str | None, e2e: bool, verbose: bool) -> None:
    """Score speaker resolution on a gold set: entity accuracy, wrong merges, wrong splits.

    Example: saidwhat check-speakers tests/gold/speakers.jsonl -v
    """
    report = evaluate(gold, Path(data_dir) if data_dir else None, e2e=e2e)
    click.echo(format_report(report, verbose))


COMMANDS = [check_speakers]
