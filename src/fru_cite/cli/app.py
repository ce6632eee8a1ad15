"""The command group and the error handling every command shares.

A FruCiteError becomes one line on stderr and exit status 2 (bad input); any
other exception is an internal error: one line too, with the traceback only
under ``--debug``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..errors import FruCiteError, InputError, QuoteNotFoundError
from ..registry import Registry, load_registry
from ..sources import data_dirs_from

EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 1


class FruCiteGroup(click.Group):
    """Runs a command and turns errors into one line on stderr."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except BrokenPipeError:  # the reader went away (``| head``): not an error of ours
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except (InputError, QuoteNotFoundError) as error:
            if ctx.meta.get("fru_cite.debug"):
                raise
            click.echo(f"fru-cite: {error}", err=True)
            ctx.exit(EXIT_BAD_INPUT)
        except FruCiteError as error:
            if ctx.meta.get("fru_cite.debug"):
                raise
            click.echo(f"fru-cite: {error}", err=True)
            ctx.exit(EXIT_PARTIAL)
        except Exception as error:  # noqa: BLE001 - the last line of defence
            if ctx.meta.get("fru_cite.debug"):
                raise
            click.echo(
                f"fru-cite: internal error ({error.__class__.__name__}: {error}); "
                "run again with --debug and report it",
                err=True,
            )
            ctx.exit(70)


@click.group(cls=FruCiteGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fru-cite")
@click.option(
    "--data-dir",
    "data_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Folder of TEI volumes named <volume-id>.xml (also FRU_CITE_DATA).",
)
@click.option(
    "--plugins",
    "plugin_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Folder of exporter plugin .py files to load.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.pass_context
def cli(
    ctx: click.Context, data_dirs: tuple[str, ...], plugin_dirs: tuple[str, ...], debug: bool
) -> None:
    """Cite the Foreign Relations of the United States to the page and the footnote.

    \b
    Examples:
      fru-cite cite frus1943v01-d620 --at "p. 686 n. 50a"
      fru-cite cite frus1943v01-d620 --format biblatex
      fru-cite export volume.xml --format csljson --output refs.json
    """
    ctx.meta["fru_cite.debug"] = debug
    ctx.obj = {"data_dirs_option": data_dirs, "plugin_dirs": plugin_dirs}


def data_dirs(ctx: click.Context) -> tuple[Path, ...]:
    """The data folders, checked only when a command needs them."""
    return data_dirs_from(ctx.find_root().obj["data_dirs_option"])


def registry(ctx: click.Context) -> Registry:
    """The exporters: built-ins, installed plugins and any ``--plugins`` folders."""
    root = ctx.find_root()
    if "registry" not in root.meta:
        root.meta["registry"] = load_registry([Path(d) for d in root.obj["plugin_dirs"]])
    return root.meta["registry"]


def main(argv: list[str] | None = None) -> None:
    # Importing the command modules registers their commands on the group.
    from . import (  # noqa: F401
        cite_commands,
        document_commands,
        export_command,
        fetch_command,
        listing_commands,
    )

    cli.main(args=argv, prog_name="fru-cite")
    sys.exit(0)
