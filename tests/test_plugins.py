"""Exporter plug-ins: discovery through entry points, a real third-party package installed with pip,
broken plug-ins reported and skipped (in-process and through the command line)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import exporters
from exporters import Option, check_exporter, discover, parse_option_args, resolve_options
from tests.data import install_plugin

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """The CSV plug-in and the broken plug-ins, installed with pip into one folder."""
    site = tmp_path_factory.mktemp("plugins") / "site"
    install_plugin("bb_csv_exporter", site)
    install_plugin("bb_broken_exporters", site)
    return site


@pytest.fixture
def with_plugins(plugin_site, monkeypatch):
    monkeypatch.syspath_prepend(str(plugin_site))
    import importlib

    importlib.invalidate_caches()
    yield plugin_site
    for name in ("bb_csv_exporter", "bb_broken_exporters", "bb_broken_exporters_bad"):
        sys.modules.pop(name, None)


def test_builtins_are_found_with_or_without_installation():
    registry = discover()
    assert registry.names()[:2] == ["pdf", "xlsx"]
    assert registry.get("pdf").extension == ".pdf"
    assert not [b for b in registry.broken if b[0] in ("pdf", "xlsx")]


def test_builtins_are_registered_in_pyproject():
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    table = data["project"]["entry-points"][exporters.GROUP]
    assert table == exporters.BUILTINS


def test_third_party_plugin_is_discovered_and_exports(with_plugins, tmp_path):
    from app.packs.pack import PackDefinition, build_pack
    from tests.data import load_document

    registry = discover()
    assert "csv" in registry.names()
    assert registry.origins["csv"] == "bb-csv-exporter"
    csv_exporter = registry.get("csv")
    pack = build_pack([load_document("appeal")], PackDefinition())
    out = tmp_path / "tables.csv"
    csv_exporter.export(pack, out, resolve_options(csv_exporter, {"delimiter": ";"}))
    text = out.read_text(encoding="utf-8")
    assert "Somalia;18,400,000;7,350,000;5,125,000;30,875,000" in text


def test_broken_plugins_are_reported_and_skipped(with_plugins):
    registry = discover()
    broken = dict(registry.broken)
    assert set(broken) == {"missing", "noexport", "explodes", "importfails"}
    assert "bb_no_such_module" in broken["missing"]
    assert "no export() method" in broken["noexport"]
    assert "failed while starting" in broken["explodes"]
    assert "not installed" in broken["importfails"]
    assert {"pdf", "xlsx", "csv"} <= set(registry.names())
    with pytest.raises(exporters.ExportError, match="installed but broken"):
        registry.get("noexport")


def test_cli_lists_plugins_and_reports_broken_ones(plugin_site):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(plugin_site), str(ROOT)]))
    done = subprocess.run([sys.executable, "-m", "briefing_builder", "export", "--list-formats"], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    names = [line.split()[0] for line in done.stdout.splitlines()]
    assert names[:2] == ["pdf", "xlsx"] and "csv" in names
    for name in ("missing", "noexport", "explodes", "importfails"):
        assert f"exporter '{name}' skipped" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_exports_through_the_plugin(plugin_site, tmp_path):
    from app.project.project import Project
    from tests.data import load_document

    project_path = tmp_path / "p.bbproj"
    project = Project.create(project_path)
    project.set_extraction(load_document("appeal"), "test")
    project.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(plugin_site), str(ROOT)]))
    out = tmp_path / "somalia.csv"
    done = subprocess.run([sys.executable, "-m", "briefing_builder", "export", str(project_path), "--country", "SOM",
                           "--format", "csv", "--option", "delimiter=tab", "-o", str(out)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = out.read_text(encoding="utf-8").splitlines()
    assert "Somalia\t18,400,000\t7,350,000\t5,125,000\t30,875,000" in rows
    assert not any(r.startswith("Kenya") for r in rows)


def test_check_exporter_and_options():
    class Good:
        name = "good"
        label = "Good"
        extension = ".txt"
        options = [Option("flag", "bool", False), Option("n", "int", 3), Option("kind", "choice", "a", "", ("a", "b"))]

        def export(self, pack, destination, options=None, progress=None):
            pass

    assert check_exporter(Good()) is None
    bad = Good()
    bad.name = "Two Words"
    assert "lower-case" in check_exporter(bad)
    no_label = Good()
    no_label.label = ""
    assert "label" in check_exporter(no_label)
    assert parse_option_args(Good(), ["flag", "n=7"]) == {"flag": True, "n": 7}
    assert resolve_options(Good(), {"kind": "b"}) == {"flag": False, "n": 3, "kind": "b"}
    with pytest.raises(ValueError, match="no option"):
        parse_option_args(Good(), ["nope=1"])
    with pytest.raises(ValueError, match="one of a, b"):
        parse_option_args(Good(), ["kind=c"])
    with pytest.raises(ValueError, match="yes or no"):
        parse_option_args(Good(), ["flag=maybe"])
    assert resolve_options(Good(), {"nope": 1, "n": "x"}, strict=False) == {"flag": False, "n": 3, "kind": "a"}


def test_plugin_folder_named_by_environment_is_searched(plugin_site, tmp_path):
    """A plug-in installed with ``pip install --target FOLDER`` (the way into a bundled application,
    where no pip can install) is found through $BRIEFING_BUILDER_PLUGINS, in a fresh process."""
    env = dict(os.environ, BRIEFING_BUILDER_PLUGINS=str(plugin_site))
    env.pop("PYTHONPATH", None)
    sample = ROOT / "resources" / "samples" / "migration-initiatives-2017-sample.pdf"
    listed = subprocess.run(
        [sys.executable, "-m", "briefing_builder", "export", "--list-formats", str(sample)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert "csv" in listed.stdout
    without = subprocess.run(
        [sys.executable, "-m", "briefing_builder", "export", "--list-formats", str(sample)],
        capture_output=True, text=True, env={k: v for k, v in env.items() if k != "BRIEFING_BUILDER_PLUGINS"},
        cwd=tmp_path, timeout=120,
    )
    assert without.returncode == 0, without.stderr
    assert "csv" not in without.stdout
