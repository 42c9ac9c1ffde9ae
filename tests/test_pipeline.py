"""The pipeline's data flow: every warta component declares what it reads (``requires``) and writes
(``assigns``), the components run in an order that satisfies those declarations, and spaCy finds
the factories through the package's ``spacy_factories`` entry points."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractor
from extractor.api import EXTRACTOR_COMPONENTS, build_pipeline
from extractor.nlp import stanza_backend
from extractor.nlp.extensions import ExtensionWriter

WARTA_FACTORIES = ("warta_sentences", "warta_stanza_ner", *EXTRACTOR_COMPONENTS)


def order_problems(nlp: Language) -> list[str]:
    """What the pipeline's order gets wrong: a requirement no earlier component assigns, or one a
    later component assigns again (the reader would see a value that is not final yet)."""
    metas = [(name, nlp.get_pipe_meta(name)) for name in nlp.pipe_names]
    problems = []
    for i, (name, meta) in enumerate(metas):
        for attr in meta.requires:
            if not any(attr in earlier.assigns for _, earlier in metas[:i]):
                problems.append(f"{name} reads {attr} before any component assigns it")
            problems += [f"{name} reads {attr}, which {later_name} assigns later"
                         for later_name, later in metas[i + 1:] if attr in later.assigns]
    return problems


def assert_declared_flow(nlp: Language) -> None:
    assert nlp.analyze_pipes()["problems"] == {name: [] for name in nlp.pipe_names}
    assert order_problems(nlp) == []
    for name, component in nlp.pipeline:
        meta = nlp.get_pipe_meta(name)
        if name.startswith("warta_"):
            assert meta.assigns, f"{name} declares nothing it writes"
        if isinstance(component, ExtensionWriter):
            assert f"doc._.{component.extension}" in meta.assigns, name
        for attr in (*meta.requires, *meta.assigns):
            if attr.startswith("doc._."):
                assert Doc.has_extension(attr.removeprefix("doc._.")), f"{name}: {attr} is not registered"


def test_the_pipeline_runs_every_component_after_what_it_reads(warta):
    assert warta.nlp.pipe_names == ["warta_sentences", "warta_stanza_ner", *EXTRACTOR_COMPONENTS]
    assert_declared_flow(warta.nlp)
    # The declarations are what fixes the order: the entities read the layout and the model's
    # entities; quotes and measures read the entities.
    flow = warta.nlp.analyze_pipes()["attrs"]
    assert flow["doc._.layout"] == {"assigns": ["warta_metadata"], "requires": ["warta_entities"]}
    assert flow["doc.ents"]["assigns"] == ["warta_stanza_ner"]
    assert set(flow["doc._.entities"]["requires"]) >= {"warta_quotes"}


def test_the_spacy_backend_keeps_the_flow():
    nlp = build_pipeline(backend="spacy")
    assert nlp.pipe_names == ["warta_sentences", "tok2vec", "ner", *EXTRACTOR_COMPONENTS]
    assert_declared_flow(nlp)


def test_the_stanza_backend_keeps_the_flow(tmp_path, monkeypatch):
    # The flow, not the tagger, is under test: a blank Indonesian model and no Stanza weights.
    spacy.blank("id").to_disk(tmp_path)
    monkeypatch.setattr(stanza_backend, "StanzaTagger", lambda model_dir: None)
    nlp = build_pipeline(tmp_path, backend="stanza")
    assert nlp.pipe_names == ["warta_sentences", "warta_stanza_ner", *EXTRACTOR_COMPONENTS]
    assert_declared_flow(nlp)


def test_order_problems_finds_a_component_before_what_it_reads():
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_quotes")
    nlp.add_pipe("warta_sentences")
    assert order_problems(nlp) == ["warta_quotes reads doc.sents before any component assigns it",
                                   "warta_quotes reads doc.sents, which warta_sentences assigns later",
                                   "warta_quotes reads doc._.entities before any component assigns it"]


def test_every_factory_comes_from_the_entry_point():
    declared = {point.name: point for point in entry_points(group="spacy_factories")}
    assert set(WARTA_FACTORIES) <= set(declared)
    for name in WARTA_FACTORIES:
        factory = declared[name].load()
        assert callable(factory)
        assert spacy.registry.factories.get(name) is factory, name


FRESH_PROCESS = """
import sys
sys.modules["stanza"] = None  # as if an install had skipped it: the spaCy backend runs without
import spacy
import extractor
from extractor.api import EXTRACTOR_COMPONENTS
from spacy.language import Language
assert not any(Language.has_factory(name) for name in EXTRACTOR_COMPONENTS), "a factory registered on import"
warta = extractor.load(model=sys.argv[1], backend="spacy")  # spaCy imports the factories from the entry points
record = warta.extract("Presiden Joko Widodo tiba di Bandung pada 3 Februari 2026.")
print(warta.nlp.pipe_names[-1], [date.value for date in record.dates])
try:
    extractor.load(model=sys.argv[1])
except ImportError as error:
    print("default:", error)
"""


def test_a_fresh_process_loads_the_pipeline_through_the_entry_points(tmp_path):
    spacy.blank("id").to_disk(tmp_path)
    done = subprocess.run([sys.executable, "-c", FRESH_PROCESS, str(tmp_path)], capture_output=True, text=True,
                          cwd=Path(extractor.__file__).parents[1], timeout=300)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first.split() == ["warta_activities", "['2026-02-03']"]
    assert second == "default: the stanza backend needs Stanza (pip install -e .); backend='spacy' runs without it"
