#!/usr/bin/env python3
"""Lists the messages and terms of a locale that are missing or still identical to English.

Usage: scripts/untranslated.py <lang>   (e.g. de, pt-BR)
A term or message may legitimately equal English (a product name, a console label kept in
English on purpose); those are listed too, for a translator to confirm.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ENTRY = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=", re.M)


def entries(path: pathlib.Path) -> dict:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    found = {}
    matches = list(ENTRY.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[m.end():end]
        body = "\n".join(l for l in body.splitlines() if not l.lstrip().startswith("#")).strip()
        found[m.group(1)] = body
    return found


def main() -> int:
    lang = sys.argv[1]
    total = 0
    for en_file in sorted((ROOT / "locales" / "en").glob("*.ftl")):
        english = entries(en_file)
        local = entries(ROOT / "locales" / lang / en_file.name)
        for key, text in english.items():
            if key not in local:
                print(f"{en_file.name}: {key}: MISSING")
                total += 1
            elif local[key] == text:
                print(f"{en_file.name}: {key}: same as English")
                total += 1
    print(f"{total} to check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
