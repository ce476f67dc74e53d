"""`saidwhat ingest | search | speakers | stats | export`: thin shells over `saidwhat.corpus`
and `saidwhat.store`."""
from __future__ import annotations

import csv
import json
import shutil
import sys
from typing import Any

import click

from saidwhat.types import QUOTATION_TYPES, SOURCE_KINDS

FORMATS = ("table", "json", "csv")
DB_HELP = ("Database: a SQLite file, or postgresql://user@host/db for a server "
           "[default: $SAIDWHAT_DB, else ~/.local/share/saidwhat/corpus.db].")


def db_option(f):
    return click.option("--db", default=None, metavar="DB", help=DB_HELP)(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="Output: a table for people, json or csv for programs.")(f)


def _open(db: str | None, create: bool = False):
    from saidwhat.store import open_store

    return open_store(db, create=create)


@click.command(short_help="Analyse articles and store them in a corpus "
                          "(default: ~/.local/share/saidwhat/corpus.db, or $SAIDWHAT_DB).")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes analysing in parallel [default: CPU cores, at most 4].")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr [default: when stderr is a terminal].")
def ingest(paths: tuple[str, ...], db: str | None, workers: int | None, progress: bool | None) -> None:
    """Analyse articles (.txt, .html, .jsonl, directories, - for stdin) and store them.

    An article's id is the hash of its text: ingesting it again adds nothing, and an
    interrupted ingest can simply be rerun. JSON lines: {"text" or "html", "id", "url",
    "date", "outlet", "title"}. Bad files and lines are listed at the end (exit code 2);
    the rest goes in.

    \b
    Example:
      saidwhat ingest artikel/ feed.jsonl --db corpus.db --workers 2
    """
    from saidwhat.corpus.ingest import default_workers, ingest as run

    with _open(db, create=True) as store:
        report = run(paths, store, workers=workers or default_workers(), progress=progress)
        click.echo(report.summary(), err=True)
        click.echo(f"store: {store.url} ({store.count('articles')} articles, "
                   f"{store.count('quotations')} quotations)", err=True)
    if report.failed:
        sys.exit(2)


@click.command()
@click.argument("query", required=False, default="")
@db_option
@click.option("--speaker", default=None, metavar="NAME", help="Part of the speaker's name (any case).")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default=None, help="The speaker's kind.")
@click.option("--type", "qtype", type=click.Choice(QUOTATION_TYPES), default=None, help="Quotation type.")
@click.option("--outlet", default=None, metavar="X", help="Outlet name (any case).")
@click.option("--since", default=None, metavar="DATE", help="Articles dated on or after YYYY-MM-DD.")
@click.option("--until", default=None, metavar="DATE", help="Articles dated on or before YYYY-MM-DD.")
@click.option("--limit", "-n", type=click.IntRange(1, 100000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many results (paging).")
@format_option
def search(query: str, db: str | None, speaker, kind, qtype, outlet, since, until, limit, offset, fmt) -> None:
    """Find quotations: full text (words, "a phrase", OR, -word; German word forms match)
    and filters. Best match first; newest first without QUERY.

    \b
    Example:
      saidwhat search "Vertrag unterschrieben" --db corpus.db --kind anonymous --since 2024-01-01
    """
    with _open(db) as store:
        hits = store.search(query or None, speaker=speaker, kind=kind, type=qtype, outlet=outlet,
                            since=since, until=until, limit=limit, offset=offset)
    rows = [h.to_dict() for h in hits]
    if fmt == "table":
        _table(rows, [("date", 10), ("outlet", 14), ("speaker", 24), ("type", 8), ("quote", 0)],
               empty="no quotations found")
    else:
        _emit(rows, fmt)


@click.command()
@db_option
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default=None, help="Only speakers of this kind.")
@click.option("--outlet", default=None, metavar="X", help="Only quotations in this outlet.")
@click.option("--since", default=None, metavar="DATE", help="Articles dated on or after YYYY-MM-DD.")
@click.option("--until", default=None, metavar="DATE", help="Articles dated on or before YYYY-MM-DD.")
@click.option("--limit", "-n", type=click.IntRange(1), default=None, help="Only the N most quoted.")
@format_option
def speakers(db: str | None, kind, outlet, since, until, limit, fmt) -> None:
    """Who is quoted: speakers with their kind, quotations, articles, share of all
    quotations and the outlets quoting them, most quoted first. A group's quotation counts
    for each member. A person the engine could not name (a bare `er`, `der 39-Jährige`) is
    nobody's voice across articles and is not listed; an unnamed class of source
    (`Beobachter`, `Polizeiangaben`) is.

    \b
    Example:
      saidwhat speakers --db corpus.db --kind person -n 20
    """
    with _open(db) as store:
        rows = [s.to_dict() for s in store.speakers(kind=kind, outlet=outlet, since=since, until=until,
                                                     limit=limit)]
    if fmt == "table":
        for r in rows:
            r["share"] = f"{100 * r['share']:.1f}%"
        _table(rows, [("name", 30), ("kind", 12), ("quotations", 10), ("articles", 8), ("share", 6),
                      ("outlets", 0)], empty="no speakers stored")
    else:
        _emit(rows, fmt)


@click.command()
@db_option
@click.option("--by", type=click.Choice(["outlet,month", "outlet", "month", "total"]), default="outlet,month",
              show_default=True, help="Grouping.")
@click.option("--outlet", default=None, metavar="X", help="Only this outlet.")
@click.option("--since", default=None, metavar="DATE", help="Articles dated on or after YYYY-MM-DD.")
@click.option("--until", default=None, metavar="DATE", help="Articles dated on or before YYYY-MM-DD.")
@format_option
def stats(db: str | None, by: str, outlet, since, until, fmt) -> None:
    """How outlets quote, per outlet and month: quotations per article, share resting on
    anonymous sources and on state media, direct vs indirect, denials, unattributed hedged
    claims.

    \b
    Example:
      saidwhat stats --db corpus.db --by outlet --format csv
    """
    with _open(db) as store:
        rows = [s.to_dict() for s in store.stats(by=() if by == "total" else by, outlet=outlet, since=since,
                                                  until=until)]
    if fmt == "table":
        for r in rows:
            r["anon"] = f"{100 * r['anonymous_share']:.0f}%"
            r["state"] = f"{100 * r['state_media_share']:.0f}%"
            r["q/art"] = f"{r['quotations_per_article']:.1f}"
            r["dir/ind"] = f"{r['direct']}/{r['indirect']}"
            r["hedged"] = r["unattributed_hedged"]
        cols = [(c, w) for c, w in (("outlet", 18), ("month", 7)) if c in by or by == "outlet,month"]
        _table(rows, cols + [("articles", 8), ("quotations", 10), ("q/art", 5), ("anon", 5), ("state", 5),
                             ("dir/ind", 9), ("denials", 7), ("hedged", 6)], empty="no articles stored")
    else:
        _emit(rows, fmt)


@click.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default=None,
              help="File format [default: from OUT's suffix].")
@click.option("--table", type=click.Choice(["quotations", "articles", "unattributed", "identities", "chain_links"]),
              default="quotations", show_default=True,
              help="What to export; quotations come with their article's metadata and via chain.")
def export(out: str, db: str | None, fmt: str | None, table: str) -> None:
    """Export the corpus for pandas, R or a spreadsheet: one row per quotation (or per
    article, claim, identity, chain link).

    \b
    Example:
      saidwhat export quotations.parquet --db corpus.db
    """
    with _open(db) as store:
        n = store.export(out, fmt, table=table)
    click.echo(f"wrote {n} rows to {out}", err=True)


# -- output helpers -------------------------------------------------------------------------
def _emit(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in r.items()})


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _table(rows: list[dict], columns: list[tuple[str, int]], *, empty: str) -> None:
    """Columns (name, max width); width 0 takes the rest of the terminal."""
    if not rows:
        click.echo(empty, err=True)
        return
    cells = [[_cell(r.get(c)) for c, _ in columns] for r in rows]
    widths = []
    for i, (name, cap) in enumerate(columns):
        natural = max([len(name)] + [len(row[i]) for row in cells])
        widths.append(min(natural, cap) if cap else natural)
    term = shutil.get_terminal_size((120, 24)).columns
    for i, (_, cap) in enumerate(columns):
        if cap == 0:
            rest = term - sum(w + 2 for j, w in enumerate(widths) if j != i)
            widths[i] = max(20, min(widths[i], rest))
    line = "  ".join(_fit(name, w).ljust(w) for (name, _), w in zip(columns, widths))
    click.echo(line.rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(_fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip())


COMMANDS = [ingest, search, speakers, stats, export]
