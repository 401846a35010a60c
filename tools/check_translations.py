#!/usr/bin/env python3
"""Check that the committed Qt translation catalogue is complete and up to date.

Usage:
    check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --sources ui --ts translations/inlinea_en.ts

lupdate is run on the sources into a temporary copy of the .ts file (the
committed file is never modified). lupdate keeps existing translations, adds
new source strings as unfinished and marks removed ones vanished/obsolete.

Exit status:
    0  every source string has a finished translation and the .ts is up to date
       (obsolete/vanished entries are only reported as warnings);
    1  missing translations, or the committed .ts is not up to date;
    2  usage error or lupdate failure.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

UPDATE_HINT = "run: ninja -C build inlinea-ui_lupdate and translate"
DEAD_TYPES = {"obsolete", "vanished"}


class Message:
    def __init__(self, context, source, comment, translation_type, texts):
        self.context = context
        self.source = source
        self.comment = comment
        self.type = translation_type  # None, "unfinished", "obsolete" or "vanished"
        self.texts = texts  # translation text(s); several for numerus forms

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    @property
    def alive(self):
        return self.type not in DEAD_TYPES

    @property
    def finished(self):
        return self.type is None and bool(self.texts) and all(t.strip() for t in self.texts)

    def label(self):
        extra = " (%s)" % self.comment if self.comment else ""
        return "[%s] %r%s" % (self.context, self.source, extra)


def parse_ts(path):
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise SystemExit("error: cannot read %s: %s" % (path, err)) from None
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation_type, texts = "unfinished", []
            else:
                translation_type = translation.get("type")
                forms = translation.findall("numerusform")
                if forms:
                    texts = [form.text or "" for form in forms]
                else:
                    texts = [translation.text or ""]
            messages.append(Message(name, message.findtext("source", default=""),
                                    message.findtext("comment", default=""), translation_type, texts))
    return messages


def run_lupdate(lupdate, sources, ts_copy):
    command = [lupdate, sources, "-locations", "none", "-source-language", "it", "-ts", ts_copy]
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                universal_newlines=True, check=False)
    except OSError as err:
        raise SystemExit("error: cannot run %s: %s" % (lupdate, err)) from None
    if result.returncode != 0:
        sys.stderr.write(result.stdout)
        raise SystemExit("error: lupdate failed with exit code %d" % result.returncode)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lupdate", required=True, help="path to Qt's lupdate")
    parser.add_argument("--sources", required=True, help="source directory to scan (e.g. ui)")
    parser.add_argument("--ts", required=True, help="committed .ts file (e.g. translations/inlinea_en.ts)")
    args = parser.parse_args()

    if not os.path.isdir(args.sources):
        parser.error("sources directory not found: %s" % args.sources)
    if not os.path.isfile(args.ts):
        parser.error(".ts file not found: %s" % args.ts)

    committed = parse_ts(args.ts)
    with tempfile.TemporaryDirectory(prefix="check_translations.") as tmp:
        ts_copy = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copyfile(args.ts, ts_copy)
        run_lupdate(args.lupdate, args.sources, ts_copy)
        updated = parse_ts(ts_copy)

    live_updated = [m for m in updated if m.alive]
    committed_keys = {m.key for m in committed if m.alive}
    updated_keys = {m.key for m in live_updated}

    # 1. Every string in the code needs a finished, non-empty translation.
    missing = []
    for m in live_updated:
        if m.finished:
            continue
        if m.key not in committed_keys:
            reason = "new in the code, not in %s" % os.path.basename(args.ts)
        elif m.type == "unfinished":
            reason = "unfinished"
        else:
            reason = "empty translation"
        missing.append((m, reason))
    for m, reason in missing:
        print("error: missing English translation: %s: %s" % (m.label(), reason))

    # 2. The committed file must contain exactly the strings lupdate finds.
    added = sorted(updated_keys - committed_keys)
    removed = sorted(committed_keys - updated_keys)
    stale = bool(added or removed)
    if stale:
        print("error: %s is not up to date with %s (%d string(s) added, %d removed in the code);"
              % (args.ts, args.sources, len(added), len(removed)))
        for context, source, _ in added:
            print("  + [%s] %r" % (context, source))
        for context, source, _ in removed:
            print("  - [%s] %r" % (context, source))
        print("  " + UPDATE_HINT)
    elif missing:
        print("  " + UPDATE_HINT)

    # 3. Obsolete/vanished entries are only a warning.
    dead = [m for m in committed if not m.alive]
    dead_keys = {m.key for m in dead}
    dead += [m for m in updated if not m.alive and m.key not in dead_keys]
    for m in dead:
        print("warning: obsolete translation (source no longer in the code): %s" % m.label())

    print("translations: %d checked, %d missing" % (len(live_updated), len(missing)))
    return 1 if (missing or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
