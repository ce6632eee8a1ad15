"""The exporter registry: built-ins, entry points and a plugins folder on one pluggy manager."""

from __future__ import annotations

import inspect
import sys
import textwrap
from pathlib import Path

import pluggy
import pytest

from fru_cite import hookspecs
from fru_cite.errors import InputError, PluginError, UnknownFormatError
from fru_cite.exporters import bibtex, csljson
from fru_cite.exporters.base import Exporter, RenderOptions
from fru_cite.model import Citation
from fru_cite.registry import load_registry
from fru_cite.sample import load_sample
from fru_cite.sources import sample_document

PLUGIN = """
from fru_cite.exporters.base import Exporter
from fru_cite.hookspecs import hookimpl

def _render(citations, options):
    return "".join(c.document.key + "|" + options.form + "\\n" for c in citations)

@hookimpl
def fru_cite_exporters():
    return [Exporter(name={name!r}, description="keys only", extension=".txt",
                     media_type="text/plain", render=_render)]
"""


def _plugin(folder: Path, stem: str, source: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{stem}.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_builtin_formats_are_registered_as_ordinary_plugins():
    registry = load_registry(entry_points=False)
    assert {"bibtex", "biblatex", "csljson"} <= set(registry.names)
    assert registry.providers["bibtex"] == "fru_cite.exporters.bibtex"
    assert registry.providers["csljson"] == "fru_cite.exporters.csljson"
    manager = registry.plugin_manager
    assert manager.get_plugin("fru_cite.exporters.bibtex") is bibtex
    assert manager.get_plugin("fru_cite.exporters.csljson") is csljson
    assert registry.get("biblatex").extension == ".bib"
    assert registry.get("csljson").media_type == "application/vnd.citationstyles.csl+json"


def test_every_hook_is_documented():
    specs = [
        value
        for name, value in vars(hookspecs).items()
        if callable(value) and hasattr(value, "fru_cite_spec")
    ]
    assert [spec.__name__ for spec in specs] == ["fru_cite_exporters"]
    assert all(inspect.getdoc(spec) for spec in specs)


def test_unknown_format_lists_the_available_ones():
    registry = load_registry(entry_points=False)
    with pytest.raises(UnknownFormatError) as caught:
        registry.get("endnote")
    message = str(caught.value)
    assert isinstance(caught.value, InputError)
    assert "'endnote'" in message
    listed = message.split("choose one of: ")[1].split(", ")
    assert listed == sorted(registry.names) and {"biblatex", "bibtex", "csljson"} <= set(listed)
    assert "\n" not in message


def test_plugin_folder_adds_a_format(tmp_path):
    path = _plugin(tmp_path / "plugins", "keys_only", PLUGIN.format(name="keys"))
    registry = load_registry([tmp_path / "plugins"], entry_points=False)
    assert registry.providers["keys"] == str(path)
    sample = load_sample()
    text = registry.render("keys", [Citation(sample)], RenderOptions(form="short"))
    assert text == "frus1943v01-d620|short\n"


def test_duplicate_format_names_both_plugins(tmp_path):
    path = _plugin(tmp_path / "plugins", "my_bibtex", PLUGIN.format(name="bibtex"))
    with pytest.raises(PluginError) as caught:
        load_registry([tmp_path / "plugins"], entry_points=False)
    message = str(caught.value)
    assert "fru_cite.exporters.bibtex" in message
    assert str(path) in message
    assert "'bibtex'" in message


def test_unknown_hook_implementation_is_rejected(tmp_path):
    _plugin(
        tmp_path / "plugins",
        "typo",
        """
        from fru_cite.hookspecs import hookimpl

        @hookimpl
        def fru_cite_exporter():
            return []
        """,
    )
    with pytest.raises(PluginError) as caught:
        load_registry([tmp_path / "plugins"], entry_points=False)
    assert "fru_cite_exporter" in str(caught.value)
    assert "typo.py" in str(caught.value)


def test_wrong_hook_signature_is_rejected(tmp_path):
    _plugin(
        tmp_path / "plugins",
        "greedy",
        """
        from fru_cite.hookspecs import hookimpl

        @hookimpl
        def fru_cite_exporters(config):
            return []
        """,
    )
    with pytest.raises(PluginError, match="greedy.py"):
        load_registry([tmp_path / "plugins"], entry_points=False)


def test_hook_must_return_exporters(tmp_path):
    _plugin(
        tmp_path / "plugins",
        "strings",
        """
        from fru_cite.hookspecs import hookimpl

        @hookimpl
        def fru_cite_exporters():
            return ["ris"]
        """,
    )
    with pytest.raises(PluginError, match="not an Exporter"):
        load_registry([tmp_path / "plugins"], entry_points=False)


def test_broken_plugin_file_and_missing_folder_are_errors(tmp_path):
    _plugin(tmp_path / "plugins", "broken", "import no_such_module_for_fru_cite\n")
    with pytest.raises(PluginError, match="broken.py.*ModuleNotFoundError"):
        load_registry([tmp_path / "plugins"], entry_points=False)
    with pytest.raises(PluginError, match="does not exist"):
        load_registry([tmp_path / "nowhere"], entry_points=False)


def test_entry_point_group_is_discovered(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "fru_cite_keys_plugin.py").write_text(PLUGIN.format(name="keys-ep"), "utf-8")
    info = site / "fru_cite_keys_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fru-cite-keys-plugin\nVersion: 0.1\n", "utf-8"
    )
    (info / "entry_points.txt").write_text("[fru_cite]\nkeys-ep = fru_cite_keys_plugin\n", "utf-8")
    monkeypatch.syspath_prepend(str(site))
    try:
        registry = load_registry()
    finally:
        sys.modules.pop("fru_cite_keys_plugin", None)
    assert registry.providers["keys-ep"] == "keys-ep"
    assert registry.get("keys-ep").render([], RenderOptions()) == ""


def test_registry_render_uses_the_exporter():
    document = sample_document()
    registry = load_registry(entry_points=False)
    citations = [Citation(document)]
    assert registry.render("csljson", citations) == csljson.render(citations, RenderOptions())
    exporter = registry.get("bibtex")
    assert isinstance(exporter, Exporter)
    assert exporter.render(citations, RenderOptions()).startswith("@incollection{frus1943v01-d620,")


def test_pluggy_is_the_manager():
    registry = load_registry(entry_points=False)
    assert isinstance(registry.plugin_manager, pluggy.PluginManager)
    assert registry.plugin_manager.project_name == "fru_cite"
