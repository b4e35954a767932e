"""Shrink the bundle's ICU data library (31 MB, the biggest file) to what Qt reads.

Qt Core links ICU, and ICU loads one data library holding every locale's display
names of languages, regions, currencies and units, number spell-out rules,
transliterators and word-break dictionaries. Qt reads none of those: it has its own
locale data and text breaking, and asks ICU only for collation, case mapping,
normalisation, legacy text codecs and time zones, which all stay. This rebuilds the
library without the unused trees (about 15 MB less), with ICU's own tools
(icupkg, genccode from icu-devtools) and binutils.

It proves the cut first: the same probe of everything Qt asks ICU for (sorting, case,
codecs, time-zone names, text boundaries and line layout in Thai, Japanese, Khmer,
Vietnamese, Hindi) runs against the original and the trimmed library, and the two
outputs must be identical. Linux only.

Usage: python trim_icu.py BUNDLE/_internal/PySide6/Qt/lib/libicudata.so.NN
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED_TREES = ("brkitr", "unit", "curr", "lang", "region", "translit", "rbnf")
TOOLS = ("icupkg", "genccode", "as", "ld", "nm", "readelf")


def run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def extract(lib: Path, symbol: str) -> bytes:
    """The ICU common data the library exports as ``symbol``."""
    sym = re.search(rf"^([0-9a-f]+) ([0-9a-f]+) R {symbol}$", run("nm", "-D", "-S", str(lib)), re.M)
    if not sym:
        raise SystemExit(f"{lib}: no data symbol {symbol}")
    address, size = int(sym.group(1), 16), int(sym.group(2), 16)
    for line in run("readelf", "-W", "-S", str(lib)).splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            start, offset = int(fields[3], 16), int(fields[4], 16)
            data = lib.read_bytes()
            return data[offset + address - start:offset + address - start + size]
    raise SystemExit(f"{lib}: no .rodata section")


def build(dat: bytes, version: str, work: Path) -> Path:
    """A library exporting ``icudt<version>_dat`` with ``dat`` less the dropped trees."""
    name = f"icudt{version}l"
    (work / f"{name}.dat").write_bytes(dat)
    items = run("icupkg", "-l", f"{name}.dat", cwd=work).split()
    dropped = [i for i in items if i.split("/")[0] in DROPPED_TREES]
    (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
    run("icupkg", "-r", "drop.txt", f"{name}.dat", cwd=work)
    run("genccode", "-a", "gcc", "-e", f"icudt{version}", "-d", ".", f"{name}.dat", cwd=work)
    source = work / f"{name}_dat.S"
    # the generated assembly hides the symbol unless a C preprocessor drops that line
    text = source.read_text(encoding="ascii").replace(f"\t.hidden icudt{version}_dat\n", "")
    source.write_text(text, encoding="ascii")
    run("as", "-o", f"{name}_dat.o", source.name, cwd=work)
    out = work / "lib" / f"libicudata.so.{version}"
    out.parent.mkdir()
    run("ld", "-shared", "-soname", out.name, "-o", str(out), f"{name}_dat.o", cwd=work)
    print(f"ICU data: {len(items)} items, {len(dropped)} dropped ({', '.join(DROPPED_TREES)})")
    return out


def probe() -> None:
    """Print what Qt gets from ICU; run once per library and compared."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTextBoundaryFinder, QTimeZone
    from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

    app = QGuiApplication([])  # noqa: F841 - text layout needs it
    words = ["zebra", "Äpfel", "apple", "Ölung", "école", "ecole", "Zürich", "Ærø", "čaj", "cukr"]
    for name in ("de_DE", "sv_SE", "cs_CZ", "vi_VN", "en_US"):
        print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
    print(QLocale("tr_TR").toUpper("istanbul"), QLocale("vi_VN").toUpper("tiếng việt"),
          QLocale("de_DE").toLower("STRASSE ÄÖÜ"), QLocale("el_GR").toUpper("άλφα"))
    for enc in ("Shift_JIS", "windows-1251", "ISO-8859-15", "GB18030", "KOI8-R", "Big5", "EUC-KR"):
        print(enc, QStringDecoder(enc).isValid())
    zone = QTimeZone(b"Europe/Berlin")
    when = QDateTime.fromSecsSinceEpoch(1_700_000_000)
    print(zone.displayName(when, QTimeZone.NameType.LongName, QLocale("de_DE")),
          len(QTimeZone.availableTimeZoneIds()))
    texts = ("ภาษาไทยง่ายนิดเดียวภาษาไทย", "日本語のテキストを分割する", "ខ្ញុំស្រឡាញ់ភាសាខ្មែរ",
             "Tiếng Việt có dấu", "हिन्दी में लिखा", "Привет, мир")
    for text in texts:
        for kind in QTextBoundaryFinder.BoundaryType:
            finder, cuts = QTextBoundaryFinder(kind, text), []
            while (pos := finder.toNextBoundary()) != -1:
                cuts.append(pos)
            print(kind.name, cuts)
        layout, lines = QTextLayout(text * 3, QFont()), []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(80)
            lines.append(line.textLength())
        layout.endLayout()
        print("lines", lines)
    print(QLocale("de_DE").toString(1234567.891, "f", 2), QLocale("hi_IN").toString(1234567),
          QLocale("vi_VN").dateFormat(), QLocale("ru_RU").toString(when, "d MMMM yyyy"))
    maps = Path("/proc/self/maps").read_text()
    print("ICU DATA FROM", sorted({line.split()[-1] for line in maps.splitlines() if "libicudata" in line}))


def probe_with(library_dir: Path | None) -> tuple[list[str], str]:
    env = dict(os.environ)
    if library_dir:
        env["LD_LIBRARY_PATH"] = str(library_dir)  # comes before the Qt libraries' RUNPATH
    out = subprocess.run([sys.executable, __file__, "--probe"], env=env, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    return [x for x in out if not x.startswith("ICU DATA FROM")], next(
        x for x in out if x.startswith("ICU DATA FROM"))


def main(lib: Path) -> int:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print(f"note: ICU data not trimmed (no {', '.join(missing)}; "
              "install icu-devtools and binutils): the bundle is about 15 MB larger")
        return 0
    version = lib.name.rsplit(".", 1)[-1]
    with tempfile.TemporaryDirectory() as tmp:
        trimmed = build(extract(lib, f"icudt{version}_dat"), version, Path(tmp))
        before, _ = probe_with(None)
        after, loaded = probe_with(trimmed.parent)
        if str(trimmed) not in loaded:
            raise SystemExit(f"the probe did not load the trimmed ICU data: {loaded}")
        if before != after:
            changed = [f"  {a!r} -> {b!r}" for a, b in zip(before, after, strict=False) if a != b]
            raise SystemExit("trimming ICU data would change what Qt does; not trimmed:\n"
                             + "\n".join(changed))
        print(f"ICU data: {lib.stat().st_size // 1_000_000} MB -> {trimmed.stat().st_size // 1_000_000} MB; "
              f"the probe ({len(before)} lines) is unchanged")
        shutil.copyfile(trimmed, lib)
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--probe"]:
        probe()
    elif len(sys.argv) == 2:
        raise SystemExit(main(Path(sys.argv[1])))
    else:
        raise SystemExit(__doc__)
