"""Finding the exporters: built-in modules, installed packages and a plugins folder.

All three kinds are ordinary pluggy plugins on one manager, so a built-in format
has no privilege a third-party one lacks. Installed packages announce themselves
in the entry-point group ``fru_cite``; a folder given with ``--plugins DIR``
contributes each of its ``*.py`` files. Every mistake a plugin can make (an
unknown hook, a wrong signature, a clashing format name) is a :class:`PluginError`
naming the plugin, raised while loading rather than when a user picks a format.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pluggy

from . import hookspecs
from .errors import PluginError, UnknownFormatError
from .exporters import BUILTIN_EXPORTERS
from .exporters.base import Exporter, RenderOptions
from .model import Citation

ENTRY_POINT_GROUP = hookspecs.PROJECT


@dataclass(frozen=True)
class Registry:
    """The exporters available in this run, by format name, and who provided each."""

    exporters: dict[str, Exporter]
    providers: dict[str, str]  # format name → plugin name
    plugin_manager: pluggy.PluginManager = field(repr=False, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self.exporters))

    def get(self, name: str) -> Exporter:
        """The exporter for ``--format NAME``, or an error listing the available ones."""
        try:
            return self.exporters[name]
        except KeyError:
            raise UnknownFormatError(
                f"no exporter provides the format {name!r}",
                source="--format",
                fix=f"choose one of: {', '.join(self.names)}",
            ) from None

    def render(
        self, name: str, citations: Sequence[Citation], options: RenderOptions | None = None
    ) -> str:
        return self.get(name).render(citations, options or RenderOptions())


def load_registry(plugin_dirs: Sequence[Path] = (), *, entry_points: bool = True) -> Registry:
    """Load every exporter: built-ins, the ``fru_cite`` entry points, then ``plugin_dirs``."""
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    for module_name in BUILTIN_EXPORTERS:
        _register(manager, importlib.import_module(module_name), module_name)
    if entry_points:
        try:
            manager.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        except pluggy.PluginValidationError as error:
            raise _invalid(error, str(error.plugin)) from None
        except Exception as error:  # a broken installed package
            raise PluginError(
                f"an installed plugin failed to load: {type(error).__name__}: {error}",
                source=f"entry-point group {ENTRY_POINT_GROUP!r}",
                fix="reinstall or uninstall the plugin package",
            ) from error
    for directory in plugin_dirs:
        for path in _plugin_files(Path(directory)):
            _register(manager, _import_file(path), str(path))
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        raise _invalid(error, manager.get_name(error.plugin) or str(error.plugin)) from None
    return _collect(manager)


def _register(manager: pluggy.PluginManager, plugin: object, name: str) -> None:
    try:
        manager.register(plugin, name=name)
    except pluggy.PluginValidationError as error:
        raise _invalid(error, name) from None
    except ValueError as error:  # the same plugin registered twice
        raise PluginError(
            str(error), source=name, fix="install or list each plugin only once"
        ) from None


def _invalid(error: pluggy.PluginValidationError, plugin: str) -> PluginError:
    return PluginError(
        f"invalid plugin: {error}",
        source=plugin,
        fix="implement only the hooks of fru_cite.hookspecs, with their signatures",
    )


def _plugin_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise PluginError(
            "the plugins folder does not exist",
            source=str(directory),
            place="--plugins",
            fix="give a folder holding plugin .py files",
        )
    return sorted(p for p in directory.glob("*.py") if not p.name.startswith("_"))


def _import_file(path: Path) -> ModuleType:
    """Import one plugin file under a private module name unique to its path."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]
    module_name = f"_fru_cite_plugin_{path.stem}_{digest}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise PluginError("cannot be imported", source=str(path), fix="give a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[module_name]
        raise PluginError(
            f"the plugin failed to import: {type(error).__name__}: {error}",
            source=str(path),
            fix="fix the plugin or remove it from the plugins folder",
        ) from error
    return module


def _collect(manager: pluggy.PluginManager) -> Registry:
    exporters: dict[str, Exporter] = {}
    providers: dict[str, str] = {}
    for impl in manager.hook.fru_cite_exporters.get_hookimpls():  # in load order
        plugin = impl.plugin_name
        for exporter in impl.function() or ():
            if not isinstance(exporter, Exporter) or not callable(exporter.render):
                raise PluginError(
                    f"fru_cite_exporters returned {exporter!r}, not an Exporter",
                    source=plugin,
                    fix="return fru_cite.exporters.base.Exporter records",
                )
            if exporter.name in exporters:
                raise PluginError(
                    f"the format {exporter.name!r} is provided both by "
                    f"{providers[exporter.name]} and by {plugin}",
                    source=plugin,
                    fix="uninstall one of the two plugins or rename its format",
                )
            exporters[exporter.name] = exporter
            providers[exporter.name] = plugin
    return Registry(exporters=exporters, providers=providers, plugin_manager=manager)
