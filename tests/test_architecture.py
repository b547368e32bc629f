"""The layers hold: import-linter's contracts pass, and nothing below the UI loads Qt."""

import importlib.util
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BELOW_UI = ["coachdesk.domain", "coachdesk.storage", "coachdesk.services", "coachdesk.reports"]


def exists(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def lint_imports(config: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c",
         "from importlinter.cli import lint_imports_command; lint_imports_command()",
         "--no-logo", "--no-cache", "--config", str(config)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_import_contracts_are_kept():
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    result = lint_imports(ROOT / "pyproject.toml")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    kept = len(contracts["contracts"])
    assert kept >= 4
    assert f"Contracts: {kept} kept, 0 broken." in output
    [layers] = [c for c in contracts["contracts"] if c["type"] == "layers"]
    assert layers["layers"] == [
        "coachdesk.ui", "coachdesk.reports", "coachdesk.services", "coachdesk.storage",
        "coachdesk.domain",
    ]
    no_qt = [c for c in contracts["contracts"] if "PySide6" in c.get("forbidden_modules", [])]
    assert no_qt and set(no_qt[0]["source_modules"]) == set(BELOW_UI)


def test_a_broken_contract_is_caught(tmp_path):
    """The check can fail: storage does import SQLAlchemy, so forbidding it must break."""
    config = tmp_path / "importlinter.toml"
    config.write_text(textwrap.dedent("""
        [tool.importlinter]
        root_package = "coachdesk"
        include_external_packages = true

        [[tool.importlinter.contracts]]
        name = "storage without SQLAlchemy"
        type = "forbidden"
        source_modules = ["coachdesk.storage"]
        forbidden_modules = ["sqlalchemy"]
    """))
    result = lint_imports(config)
    assert result.returncode != 0
    assert "0 kept, 1 broken" in result.stdout + result.stderr


QT_PROBE = textwrap.dedent("""
    import importlib, pkgutil, sys, tempfile, pathlib
    packages = sys.argv[1:]
    for name in packages:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):
            if ".migrations" not in info.name:  # Alembic runs these itself, below
                importlib.import_module(info.name)
    # Use them too: opening a desk loads the migrations and the mapping.
    from coachdesk.services import Desk
    with tempfile.TemporaryDirectory() as folder:
        with Desk.open(pathlib.Path(folder) / "probe.sqlite3") as desk:
            from coachdesk.domain.schools import SchoolDraft
            desk.schools.add(SchoolDraft(name="Probe"))
            desk.schools.list_source().rows([1])
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"})
    print("QT:" + ",".join(loaded))
    print("COACHDESK:" + ",".join(sorted(m for m in sys.modules if m.startswith("coachdesk"))))
""")


def probe(tmp_path: Path, packages: list[str]) -> tuple[list[str], list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", QT_PROBE, *packages],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "COACHDESK_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return (
        [m for m in lines["QT"].split(",") if m],
        [m for m in lines["COACHDESK"].split(",") if m],
    )


def test_nothing_below_the_ui_loads_qt(tmp_path):
    qt, loaded = probe(tmp_path, BELOW_UI)
    assert qt == []
    assert "coachdesk.storage.database" in loaded  # the probe did import the layers
    assert "coachdesk.services.teachers" in loaded
    assert not any(m.startswith("coachdesk.ui") for m in loaded)


@pytest.mark.skipif(not exists("PySide6"), reason="PySide6 is not installed")
def test_the_probe_sees_qt_when_it_is_loaded(tmp_path):
    qt, loaded = probe(tmp_path, ["coachdesk.ui.table_model"])
    assert "PySide6" in qt
