"""The shared vocabulary file: unique words, known families, values in range."""

from __future__ import annotations

from numbness_desktop.domain.vocabulary import OWN_FAMILY, load, normalise


def test_vocabulary_is_rich_unique_and_in_range():
    vocabulary = load()
    words = [w.word for w in vocabulary.words]
    assert len(words) >= 120
    assert len(words) == len(set(words))
    families = {f.key for f in vocabulary.families}
    assert families == {"joyful", "powerful", "peaceful", "sad", "mad", "scared", "shut_down"}
    for word in vocabulary.words:
        assert word.family in families
        assert word.word == normalise(word.word)
        assert -1 <= word.pleasantness <= 1
        assert -1 <= word.energy <= 1
    for family in families:
        assert len(vocabulary.in_family(family)) >= 15


def test_numbness_is_honoured():
    vocabulary = load()
    shut_down = {w.word for w in vocabulary.in_family("shut_down")}
    assert {"numb", "empty", "flat", "detached", "foggy", "frozen", "disconnected",
            "neutral"} <= shut_down


def test_search_and_own_words():
    vocabulary = load().with_own(["Wobbly", "numb", "  "])
    assert vocabulary.lookup("wobbly").family == OWN_FAMILY
    assert vocabulary.family_label(OWN_FAMILY) == "My own words"
    assert len([w for w in vocabulary.words if w.word == "numb"]) == 1
    found = [w.word for w in vocabulary.search("an")]
    assert found[0].startswith("an")
    assert "thankful" not in found
    assert "calm" not in [w.word for w in vocabulary.search("zzz")]
