"""The `saidwhat` command: thin shells over the Python API, one module per command group."""
from __future__ import annotations

import sys

import click

from saidwhat.errors import SaidwhatError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhat")
def cli() -> None:
    """Who said what, to whom, on whose authority, and how — in German news.

    Example: saidwhat analyze examples/artikel.txt
    """


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        module = importlib.import_module(f"saidwhat.cli.{name}")
        for command in module.COMMANDS:
            cli.add_command(command)


# Each module defines COMMANDS, a list of click commands.
COMMAND_MODULES = ["analyze", "evaluate", "train", "corpus", "serve", "sources", "speakers_check"]


def main() -> None:
    _register()
    try:
        cli.main(standalone_mode=False)
    except SaidwhatError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
