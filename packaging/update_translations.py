"""Refresh the translation sources from the code and build what CoachDesk loads.

    python packaging/update_translations.py          # lupdate, then lrelease
    python packaging/update_translations.py --check  # exit 1 if anything is out of date

1. ``pyside6-lupdate`` reads every ``tr("…")`` in ``coachdesk/`` into
   ``resources/translations/coachdesk_fi.ts`` and ``coachdesk_sv.ts``: new texts come in
   unfinished, texts no longer in the code are dropped, translations are kept.
   ``coachdesk_en.ts`` holds only the texts with a count (``tr(text, None, n)``, ``%n``):
   their English singular and plural ("%n day", "%n days").
2. ``pyside6-lrelease`` compiles each into ``coachdesk/resources/translations/*.qm``,
   which the package and the bundle ship and :mod:`coachdesk.i18n` loads.

Translate with Qt Linguist (``pyside6-linguist resources/translations/coachdesk_fi.ts``)
or any .ts editor, using the words of ``GLOSSARY`` in the design notes; then run this
again so that the .qm files follow.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
BUILT = ROOT / "coachdesk" / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")
SOURCE_LANGUAGE = "en"  # its catalogue holds the plural forms only


def code_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coachdesk").rglob("*.py")
                  if "migrations" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.split("_")[-1]
        plurals = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        subprocess.run(["pyside6-lupdate", *code_files(), "-no-obsolete", "-locations",
                        "none", "-source-language", "en", "-target-language", language,
                        *plurals, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the .ts or .qm files are out of date")
    args = parser.parse_args()
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ts = SOURCES / f"coachdesk_{language}.ts"
            qm = BUILT / f"coachdesk_{language}.qm"
            fresh_ts = Path(scratch) / ts.name
            if ts.exists():
                shutil.copy(ts, fresh_ts)
            lupdate([fresh_ts])
            fresh_qm = Path(scratch) / qm.name
            lrelease(fresh_ts, fresh_qm)
            for new, old in ((fresh_ts, ts), (fresh_qm, qm)):
                if not old.exists() or old.read_bytes() != new.read_bytes():
                    stale.append(old)
                    if not args.check:
                        old.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy(new, old)
    for path in stale:
        print(("out of date: " if args.check else "written: ") + str(path.relative_to(ROOT)))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
