#!/usr/bin/env python3
"""The committed .ts catalogues hold exactly the strings the sources ask for.

lupdate is run over the sources (as `update_translations` runs it) on copies of the
catalogues; the (context, source text) pairs must come out the same. A string added in code
but missing from the catalogues fails here, though the completeness test (every entry in
the catalogues translated) cannot see it; so does a string filed under a context the
program never asks for.

Usage: catalogues_current.py LUPDATE SOURCE_DIR
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path: pathlib.Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def main() -> int:
    lupdate, source_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    sources = sorted(str(p.relative_to(source_dir)) for folder in ("common", "app-server", "app-desktop")
                     for p in (source_dir / folder).rglob("*") if p.suffix in (".cpp", ".h", ".ui"))
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for language in ("zh_CN", "en"):
            committed = source_dir / "resources" / "translations" / ("gridsafe_%s.ts" % language)
            fresh = pathlib.Path(work) / committed.name
            shutil.copy(committed, fresh)
            subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-I", "common", "-I",
                            "app-server", "-I", "app-desktop", *sources, "-ts", str(fresh)],
                           cwd=source_dir, check=True)
            missing = messages(fresh) - messages(committed)
            stale = messages(committed) - messages(fresh)
            for context, source in sorted(missing):
                print("%s: missing [%s] %r" % (committed.name, context, source))
            for context, source in sorted(stale):
                print("%s: no longer in the sources [%s] %r" % (committed.name, context, source))
            failed = failed or bool(missing or stale)
    if failed:
        print("Run `cmake --build build/dev --target update_translations`, translate the new entries "
              "(resources/translations/complete_english.py fills English) and commit both catalogues.")
        return 1
    print("both catalogues match the sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
