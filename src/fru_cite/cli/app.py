"""The command group and the error handling every command shares.

A FruCiteError becomes one line on stderr and exit status 2 (bad input); any
other exception is an internal error: one line too, with the traceback only
under ``--debug``.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..errors import FruCiteError, InputError, QuoteNotFoundError
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
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.pass_context
def cli(ctx: click.Context, data_dirs: tuple[str, ...], debug: bool) -> None:
    """Cite the Foreign Relations of the United States to the page and the footnote."""
    ctx.meta["fru_cite.debug"] = debug
    ctx.obj = {"data_dirs_option": data_dirs}


def data_dirs(ctx: click.Context):
    """The data folders, checked only when a command needs them."""
    return data_dirs_from(ctx.find_root().obj["data_dirs_option"])


def main(argv: list[str] | None = None) -> None:
    from . import document_commands  # noqa: F401 - registers the commands

    cli.main(args=argv, prog_name="fru-cite")
    sys.exit(0)
