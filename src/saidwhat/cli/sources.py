"""`saidwhat check-sources`: score source kinds, chains, speech acts, commitment and unattributed
claims against a hand-labelled gold set."""
from __future__ import annotations

import json

import click


@click.command("check-sources")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--mode", type=click.Choice(["direct", "pipeline", "both"]), default="both", show_default=True,
              help="direct: resolver on the gold quotation spans; pipeline: the whole analyze().")
@click.option("--errors", "show_errors", is_flag=True, help="List every wrong label (all items).")
@click.option("--half", type=click.Choice(["dev", "test", "heldout", "all"]), default="all", show_default=True,
              help="Which half of the gold set --errors lists.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def check_sources(gold: str, mode: str, show_errors: bool, half: str, as_json: bool) -> None:
    """Accuracy of source kind, chains, speech act, commitment and unattributed-claim P/R/F1.

    Example: saidwhat check-sources tests/gold/sources.jsonl --mode direct --errors --half dev
    """
    from saidwhat.resolve.source_check import errors, evaluate, load_gold, report

    items = load_gold(gold)
    modes = ("direct", "pipeline") if mode == "both" else (mode,)
    table, result = report(items, modes)
    if as_json:
        click.echo(json.dumps(result["figures"], indent=2))
    else:
        click.echo(f"{gold}: {len(items)} items")
        click.echo(table)
    if show_errors:
        for m in modes:
            click.echo(f"errors ({m}, {half}):")
            for line in errors(evaluate(items, m, None if half == "all" else half)):
                click.echo(f"  {line}")


COMMANDS = [check_sources]
