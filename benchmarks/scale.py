"""The app at a library size: build, database size, search, first paint and memory.

Makes a deterministic synthetic library in a temporary copy of the repository's
seeds and pages (extra articles in the real seed format, their paragraphs drawn
by a seeded random generator from the real articles' own words, each with its
sha256 recorded), builds it with the real builder, then measures:

- the build: seconds and articles per second;
- the database size;
- search: p50 and p95 over a fixed list of queries (common words and typos),
  each run several times through the store's own ``search``;
- first paint (and the end of the first frame) and peak memory of the app, started
  through its command line, on that database against an empty
  PySide6 window, in fresh processes, interleaved, after warm-up runs (warm
  disk cache); the child is ``benchmarks/startup.py``'s.

The last line is the result, one line per run::

    python benchmarks/scale.py --articles 5000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import startup  # noqa: E402  (the first-paint child, shared with benchmarks/startup.py)

QUERIES = ("cancer", "trial", "the immune system", "vaccine", "mRNA", "Enteromix", "JX594",
           "jx 594", "enteromics", "neoantigen", "melanoma", "side effects", "phase 3",
           "personalised vaccine", "virus", "tumour cells", "immunotherapy", "Russia",
           "checkpoint inhibitors", "vacine")
REPEATS = 5
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def words_of_seeds(seeds: Path) -> list[str]:
    """The real articles' words, in file order (the generator draws from these)."""
    words: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        body = path.read_text(encoding="utf-8").partition("\n---\n")[2]
        words += _WORD.findall(body)
    return words


def synthetic_seed(index: int, words: list[str], rng: random.Random) -> str:
    """One article in the seed format, with the sha256 of its text recorded."""
    def sentence() -> str:
        chosen = [rng.choice(words) for _ in range(rng.randint(8, 22))]
        return " ".join(chosen).capitalize() + "."

    title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9))).title()
    paragraphs = [" ".join(sentence() for _ in range(rng.randint(2, 6)))
                  for _ in range(rng.randint(6, 14))]
    body = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    head = (f"id: synthetic-{index:05d}\ntitle: {title}\nkind: news report\noutlet: Synthetic\n"
            f"author:\npublished: 2025-01-01\nurl:\nlanguage: en\nfile:\nsha256: {digest}\n"
            "note: A synthetic article for the scale benchmark.\n")
    return head + "---\n" + body


def make_library(root: Path, articles: int) -> int:
    """Copy seeds/ and resources/ under ``root`` and add articles up to ``articles``."""
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "resources", root / "resources")
    words = words_of_seeds(root / "seeds")
    have = sum(1 for path in (root / "seeds").glob("*.txt")  # the editors' notes are no article
               if "\nkind: editors' notes\n" not in path.read_text(encoding="utf-8"))
    rng = random.Random(11)
    for index in range(max(0, articles - have)):
        (root / "seeds" / f"synthetic-{index:05d}.txt").write_text(
            synthetic_seed(index, words, rng), encoding="utf-8")
    return max(articles, have)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def search_times(database: Path) -> list[float]:
    """Milliseconds per query, each query ``REPEATS`` times after one warm-up pass."""
    from viewer.store.content import ContentStore

    store = ContentStore(database)
    for query in QUERIES:
        store.search(query)
    times: list[float] = []
    for _ in range(REPEATS):
        for query in QUERIES:
            start = time.perf_counter()
            store.search(query)
            times.append((time.perf_counter() - start) * 1000)
    store.close()
    return times


def startup_ratios(database: Path, runs: int) -> tuple[float, float, list[str]]:
    """First paint and peak memory against an empty window (``startup.compare``), after
    two warm-up runs of each (the disk cache)."""
    summary = startup.compare(str(database), runs, warm=2)
    app, empty = summary["app"], summary["empty"]
    return (app["seconds"] / empty["seconds"], app["maxrss_kb"] / empty["maxrss_kb"],
            startup.summary_lines(summary, runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7, help="first-paint runs of each kind")
    parser.add_argument("--keep", type=Path, help="copy the built database here")
    args = parser.parse_args()
    from viewer.builder.pipeline import build_database

    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        root = Path(tmp)
        articles = make_library(root, args.articles)
        database = root / "build" / "content.db"
        start = time.perf_counter()
        build_database(root, database)
        build_s = time.perf_counter() - start
        db_mb = database.stat().st_size / 1e6
        if args.keep:
            shutil.copyfile(database, args.keep)
        print(f"built {articles} articles in {build_s:.2f} s ({articles / build_s:.0f}/s), "
              f"{db_mb:.1f} MB", flush=True)
        times = search_times(database)
        p50, p95 = percentile(times, 50), percentile(times, 95)
        print(f"search over {len(QUERIES)} queries x {REPEATS}: p50 {p50:.1f} ms, "
              f"p95 {p95:.1f} ms, max {max(times):.1f} ms", flush=True)
        time_ratio, memory_ratio, lines = startup_ratios(database, args.runs)
        for line in lines:
            print(line, flush=True)
    print(f"articles={articles} build_s={build_s:.2f} articles_per_s={articles / build_s:.0f} "
          f"db_mb={db_mb:.1f} search_p50_ms={p50:.1f} search_p95_ms={p95:.1f} "
          f"startup_ratio={time_ratio:.2f} memory_ratio={memory_ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
