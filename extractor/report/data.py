"""An output folder's tables, and the aggregations an analyst looks at first: who and what is
mentioned most, who is quoted and on what, participants per programme, when, and where.

Everything reads the tables only (CSV, Parquet or SQLite), by column name, and uses a column only when it
is present, so it works on output folders written by older and newer versions of warta alike.
"""
from __future__ import annotations

import math
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd

from ..extractors.regions import province_of
from ..records import OUTPUT_TABLES, columns
from ..writing import FORMATS, table_file

TOPIC_LABELS = ("ORG", "PROGRAMME", "LOC", "PER")  # what a speaker can be quoted on


def _spelt(value: object) -> str:
    """A Parquet cell as the CSV writer spells it: "" for missing, whole numbers without ".0"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _read_table(outdir: Path, table: str) -> pd.DataFrame:
    """One table of ``outdir`` as strings, from CSV, Parquet or SQLite (``warta extract --format``)."""
    csv_file, parquet_file = table_file(outdir, table, "csv"), table_file(outdir, table, "parquet")
    database = table_file(outdir, table, "sqlite")
    if csv_file.is_file():
        return pd.read_csv(csv_file, dtype=str, keep_default_na=False)
    if parquet_file.is_file():
        return pd.read_parquet(parquet_file).astype(object).map(_spelt)
    if database.is_file():
        with closing(sqlite3.connect(database)) as db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
                return pd.read_sql_query(f"SELECT * FROM {table}", db).astype(object).map(_spelt)
    return pd.DataFrame(columns=columns(table), dtype=str)


def load_tables(outdir: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of ``outdir`` (CSV or Parquet) as strings, empty cells as ""; a table missing
    from the folder is an empty frame with the current columns."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise FileNotFoundError(f"no such folder: {outdir}")
    if not any(table_file(outdir, "articles", fmt).is_file() for fmt in FORMATS):
        raise FileNotFoundError(f"{outdir} holds no articles table: is it the OUTDIR of `warta extract`?")
    return {table: _read_table(outdir, table) for table in OUTPUT_TABLES}


def numbers(column: pd.Series) -> pd.Series:
    """A column of numbers written as text, as floats (NaN where a cell is not a number)."""
    return pd.to_numeric(column, errors="coerce")


def top_entities(entities: pd.DataFrame, label: str | None, n: int = 10) -> pd.DataFrame:
    """The ``n`` most-mentioned referents with ``label`` (by canonical name), or of every label
    (by canonical name and label) when ``label`` is None: mentions and articles."""
    chosen = entities if label is None else entities[entities["label"] == label]
    keys = ["canonical"] if label else ["canonical", "label"]
    return (chosen.groupby(keys).agg(mentions=("doc_id", "size"), articles=("doc_id", "nunique"))
            .sort_values(["mentions", "articles"], ascending=False).head(n))


def top_speakers(quotes: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` speakers with most quotes: quotes, direct quotes and articles quoted in."""
    known = quotes[quotes["speaker"] != ""]
    return (known.assign(direct=known["kind"] == "direct")
            .groupby("speaker").agg(quotes=("doc_id", "size"), direct=("direct", "sum"), articles=("doc_id", "nunique"))
            .sort_values(["quotes", "articles"], ascending=False).head(n))


def quote_topics(quotes: pd.DataFrame, entities: pd.DataFrame, speakers: list[str], n: int = 3) -> pd.Series:
    """What each of ``speakers`` is quoted on: the ``n`` names (organisations, programmes, places,
    people other than the speaker) mentioned most inside their quotes, as "name (mentions)"."""
    said = quotes.loc[quotes["speaker"].isin(speakers), ["doc_id", "speaker", "start_char", "end_char"]]
    named = entities.loc[entities["label"].isin(TOPIC_LABELS), ["doc_id", "canonical", "start_char", "end_char"]]
    pairs = said.merge(named, on="doc_id", suffixes=("_quote", ""))
    inside = pairs[(numbers(pairs["start_char"]) >= numbers(pairs["start_char_quote"]))
                   & (numbers(pairs["end_char"]) <= numbers(pairs["end_char_quote"]))
                   & (pairs["canonical"] != pairs["speaker"])]
    counted = inside.groupby(["speaker", "canonical"]).size().rename("mentions").reset_index()
    counted = counted.sort_values(["speaker", "mentions", "canonical"], ascending=[True, False, True])
    topics = {speaker: ", ".join(f"{name} ({count})" for name, count in zip(group["canonical"], group["mentions"]))
              for speaker, group in counted.groupby("speaker").head(n).groupby("speaker")}
    return pd.Series([topics.get(speaker, "") for speaker in speakers], index=speakers, name="quoted on", dtype=str)


def participants_per_programme(entities: pd.DataFrame, counts: pd.DataFrame, n: int = 10,
                               window: int = 250) -> pd.DataFrame:
    """Programmes by the people they reach. In each article naming a programme, its participants
    are the count of people written nearest to one of its mentions, within ``window`` characters
    (about two sentences: "Program X ... diikuti 150 pelaku UMKM"); a programme's ``people`` is the
    sum over its articles, ``example`` one such count as written. A reading aid, not a census."""
    mentions = entities.loc[entities["label"] == "PROGRAMME", ["doc_id", "canonical", "start_char"]]
    people = counts.loc[counts["category"] == "people", ["doc_id", "text", "value", "start_char"]]
    pairs = mentions.merge(people, on="doc_id", suffixes=("", "_count"))
    pairs = pairs.assign(distance=(numbers(pairs["start_char"]) - numbers(pairs["start_char_count"])).abs(),
                         people=numbers(pairs["value"]))
    nearest = (pairs[pairs["distance"] <= window].sort_values("distance")
               .drop_duplicates(["doc_id", "canonical"]))
    named = mentions.groupby("canonical")["doc_id"].nunique().rename("articles")
    reached = nearest.groupby("canonical").agg(people=("people", "sum"), example=("text", "first"))
    reached["people"] = reached["people"].round().astype("int64")
    return (reached.join(named).sort_values(["people", "articles"], ascending=False)
            [["articles", "people", "example"]].head(n))


def date_timeline(dates: pd.DataFrame, trim: float = 0.02) -> tuple[pd.Series, int]:
    """Date mentions per month (values with a month or a day), over the months that hold all but
    the earliest and latest ``trim`` of them (a history's "1945" would stretch the axis to nothing);
    returns the series, indexed by ``YYYY-MM``, and how many mentions fell outside it."""
    months = dates["value"].str[:7]
    months = months[months.str.fullmatch(r"\d{4}-\d{2}")]
    if months.empty:
        return pd.Series(dtype=int, name="dates"), 0
    low, high = months.sort_values().iloc[[int(trim * (len(months) - 1)), int((1 - trim) * (len(months) - 1))]]
    shown = months[(months >= low) & (months <= high)]
    axis = pd.period_range(low, high, freq="M").strftime("%Y-%m")
    return shown.value_counts().reindex(axis, fill_value=0).rename("dates"), len(months) - len(shown)


def counted_nouns(counts: pd.DataFrame, n: int = 12) -> pd.DataFrame:
    """The ``n`` nouns counted most often (lower-cased), with their category (people or thing)."""
    nouns = counts.assign(noun=counts["noun"].str.lower(), category=counts.get("category", ""))
    return (nouns.groupby(["noun", "category"]).size().rename("mentions").reset_index()
            .sort_values(["mentions", "noun"], ascending=[False, True]).head(n).set_index("noun"))


def mentions_per_province(entities: pd.DataFrame, n: int = 15) -> pd.DataFrame | None:
    """Mentions of places in each province (entities linked to an official region) and the articles
    they occur in; None when the output has no ``province`` column (written before region linking)."""
    if "province" not in entities:
        return None
    linked = entities[entities["province"] != ""]
    return (linked.groupby("province").agg(mentions=("doc_id", "size"), articles=("doc_id", "nunique"))
            .sort_values(["mentions", "articles"], ascending=False).head(n))


def per_article(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """``articles`` with the number of entities, dates, counts, money amounts and quotes in each."""
    sizes = {table: tables[table]["doc_id"].value_counts() for table in ("entities", "dates", "counts", "money", "quotes")}
    articles = tables["articles"]
    return articles.assign(**{table: articles["doc_id"].map(size).fillna(0).astype(int) for table, size in sizes.items()})


def _provinces(place_codes: str) -> list[str]:
    """The provinces of an activity's "; "-separated region codes (a country stands for itself)."""
    return list(dict.fromkeys(province_of(code)[1] for code in place_codes.split("; ") if code))


def _by_referent(activities: pd.DataFrame, referents: pd.DataFrame, name: str) -> pd.Series:
    """An activity's programme or owner by its archive-wide canonical name, else as the article names it."""
    canonical = referents.set_index("referent_id")["canonical"] if "referent_id" in referents else pd.Series(dtype=str)
    ids = activities.get(f"{name}_referent_id", pd.Series("", index=activities.index))
    return ids.map(canonical).fillna("").where(lambda names: names != "", activities[name])


def programme_table(activities: pd.DataFrame, referents: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Programmes as their activities tell them, most articles first: who runs them (most named
    first), in how many articles, in which provinces, for how many people and how much money, first
    and last date."""
    wanted = ["programme", "owners", "articles", "provinces", "participants", "amount_idr", "first", "last"]
    if activities.empty:
        return pd.DataFrame(columns=wanted).set_index("programme")
    rows = activities.assign(programme=_by_referent(activities, referents, "programme"),
                             owner=_by_referent(activities, referents, "owner"),
                             participants=numbers(activities["participants"]).fillna(0),
                             amount_idr=numbers(activities["amount_idr"]).fillna(0))
    table = rows.groupby("programme").agg(
        owners=("owner", lambda owners: "; ".join(owners[owners != ""].value_counts().index[:3])),
        articles=("doc_id", "nunique"),
        provinces=("place_codes", lambda codes: "; ".join(dict.fromkeys(p for c in codes for p in _provinces(c)))),
        participants=("participants", "sum"), amount_idr=("amount_idr", "sum"),
        first=("date", "min"), last=("date", "max"))
    table["participants"] = table["participants"].round().astype("int64")
    return table.sort_values(["articles", "participants"], ascending=False).head(n)


def activities_per_province(activities: pd.DataFrame, n: int = 15) -> pd.Series:
    """Programme activities in each province (an activity in two provinces counts in both)."""
    provinces = [province for codes in activities.get("place_codes", []) for province in _provinces(codes)]
    return pd.Series(provinces, dtype=str).value_counts().head(n).rename("activities")


def activities_per_month(activities: pd.DataFrame, column: str) -> pd.Series:
    """The sum of an activities column (``participants``, ``amount_idr``) per month of the activities'
    dates, over every month from the first to the last."""
    months = activities.get("date", pd.Series(dtype=str)).str[:7]
    dated = activities.assign(month=months, value=numbers(activities.get(column, pd.Series(dtype=str))))
    dated = dated[dated["month"].str.fullmatch(r"\d{4}-\d{2}", na=False)]
    if dated.empty:
        return pd.Series(dtype=float, name=column)
    axis = pd.period_range(dated["month"].min(), dated["month"].max(), freq="M").strftime("%Y-%m")
    return dated.groupby("month")["value"].sum().reindex(axis, fill_value=0).rename(column)
