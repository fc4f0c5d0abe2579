"""Chains the stages: one parse per article, then mentions/actors -> times ->
places -> quotes -> events. Nothing else happens here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .gazetteer import Gazetteer
from .nlp import Parser
from .parsed import ParsedDoc
from .read import read_inputs, read_text_article
from .registry import Registry
from .schema import INTERNATIONAL_CODES, Article, Document, Mention, Place
from .settings import Settings
from .stages.actors import resolve_actors
from .stages.events import find_events
from .stages.placeparty import localised_mentions
from .stages.places import find_places, resolve_place_name
from .stages.quotes import find_quotes
from .stages.times import find_times


class Coder:
    """Codes articles into documents. Loads the parser, registry and gazetteer once."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        parser: Parser | None = None,
        registry: Registry | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.parser = parser or Parser(self.settings.model, batch_size=self.settings.batch_size)
        self.registry = registry or Registry.load([Path(p) for p in self.settings.registry])
        self.gazetteer = gazetteer or Gazetteer.load(self.settings.cache_path)

    def code(self, article: Article) -> Document:
        """Code one article."""
        self._check(article)
        return self.code_parsed(article, self.parser.parse(article.text))

    def code_many(self, articles: Iterable[Article | InputError]) -> Iterator[Document | InputError]:
        """Code a stream of articles in batches; input errors pass through in order."""
        batch: list[Article | InputError] = []
        for item in articles:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article | InputError]) -> Iterator[Document | InputError]:
        ready: list[Article] = []
        results: list[Article | InputError] = []
        for item in batch:
            if isinstance(item, Article):
                try:
                    self._check(item)
                except InputError as exc:
                    item = exc
                else:
                    ready.append(item)
            results.append(item)
        parsed = iter(self.parser.pipe(a.text for a in ready))
        for item in results:
            yield item if isinstance(item, InputError) else self.code_parsed(item, next(parsed))

    def _check(self, article: Article) -> None:
        origin = article.origin or article.id
        if not article.text.strip():
            raise InputError(origin, "empty input")
        if len(article.text) > self.settings.max_chars:
            raise InputError(
                origin, f"text too long ({len(article.text)} characters, limit {self.settings.max_chars})"
            )

    def code_parsed(self, article: Article, parsed: ParsedDoc) -> Document:
        """Run every stage over one parsed article."""
        dateline = self._dateline(article.dateline_place, ())
        mentions = resolve_actors(
            parsed,
            registry=self.registry,
            article_date=article.date,
            dateline_country=dateline.country_code if dateline else None,
        )
        countries = _countries(mentions)
        if article.dateline_place:
            dateline = self._dateline(article.dateline_place, countries)
        times = find_times(parsed, article_date=article.date)
        places = find_places(
            parsed,
            gazetteer=self.gazetteer,
            context_countries=countries,
            dateline_place=dateline.resolved_place if dateline else None,
        )
        quotes = find_quotes(parsed, mentions=mentions)
        events = find_events(
            parsed,
            mentions=mentions,
            times=times,
            places=places,
            article_date=article.date,
            dateline_place=dateline,
            dateline_source=article.dateline_source,
            unnamed_attackers=self.settings.unidentified_attackers,
        )
        if self.settings.min_confidence > 0:
            events = [e for e in events if e.confidence >= self.settings.min_confidence]
        mentions = localised_mentions(mentions, events)  # "police in Lahore" is Pakistani in both
        return Document(
            article=article,
            events=tuple(events),
            mentions=tuple(mentions),
            places=tuple(places),
            times=tuple(times),
            quotes=tuple(quotes),
        )

    def _dateline(self, name: str | None, countries: Sequence[str]) -> Place | None:
        """Resolve a dateline place; "Tripoli, Lebanon" or "Paris, Texas" narrows the city by its region."""
        if not name:
            return None
        city, _, region = (part.strip() for part in name.partition(","))
        context = list(countries)
        if region:
            where = resolve_place_name(region, gazetteer=self.gazetteer, context_countries=context)
            if where is not None and where.country_code:
                context = [where.country_code]
        return resolve_place_name(city, gazetteer=self.gazetteer, context_countries=context)


def _countries(mentions: Iterable[Mention]) -> list[str]:
    """Country codes of the article's actors, most mentioned first: context for places."""
    counts: dict[str, int] = {}
    for mention in mentions:
        code = mention.entity.code
        if code and len(code) == 3 and code not in INTERNATIONAL_CODES:
            counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def code_inputs(
    paths: Sequence[str],
    *,
    settings: Settings | None = None,
    default_date: date | None = None,
    coder: Coder | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Read and code every input, in order; a bad input yields its :class:`InputError`."""
    settings = settings or Settings()
    coder = coder or Coder(settings)
    articles = read_inputs(paths, default_date=default_date, stdin=stdin, max_chars=settings.max_chars)
    yield from coder.code_many(articles)


def code_text(text: str, *, date: date | None = None, coder: Coder | None = None) -> Document:
    """Code one plain-text article (a first dateline line is read as in a ``.txt`` file)."""
    coder = coder or Coder()
    return coder.code(read_text_article(text, origin="<text>", default_date=date))
