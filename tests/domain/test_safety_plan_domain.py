"""Pure logic of the safety plan: sections, defaults, help info, text renderings."""

from __future__ import annotations

from numbness_desktop.domain.crisis_lines import countries, country_for_territory, lines_for
from numbness_desktop.domain.help_info import help_info
from numbness_desktop.domain.plan_text import plan_html, plan_markdown
from numbness_desktop.domain.safety_plan import SECTIONS, ItemRole, PlanItem, SafetyPlan


def test_eight_sections_in_order_each_with_explanation_and_example():
    assert [s.number for s in SECTIONS] == list(range(1, 9))
    assert len({s.key for s in SECTIONS}) == 8
    assert SECTIONS[-1].title == "My shutdown / timeout rule"
    for section in SECTIONS:
        assert section.explanation and section.example.startswith("For example")
    # Stanley–Brown asks for a phone number beside the people who distract, too
    assert [s.key for s in SECTIONS if s.has_contacts] == ["distractions", "help_people",
                                                          "professionals"]


def test_country_defaults_from_the_issue():
    expected = {"US": ("988", "911"), "CA": ("988", "911"), "GB": ("116 123", "999"),
                "IE": ("116 123", "112"), "AU": ("13 11 14", "000"), "NZ": ("1737", "111")}
    for code, (crisis, emergency) in expected.items():
        country = lines_for(code)
        assert (country.lines[0].number, country.emergency.number) == (crisis, emergency)
    assert countries()[-1].code == "OTHER"
    assert lines_for("zz").code == "OTHER"
    assert country_for_territory("gb") == "GB"
    assert country_for_territory("FR") == "FR"
    assert country_for_territory("AQ") == "OTHER"


def item(section, text, phone="", role=ItemRole.NOTE, position=0):
    return PlanItem(f"id-{section}-{position}", section, position, text, phone, role)


def test_help_info_prefers_the_persons_entries_and_falls_back_to_defaults():
    plan = SafetyPlan("AU", (item("help_people", "Sam", "0400"),
                             item("reasons", "My cat, Miso")))
    info = help_info(plan)
    assert info.country.name == "Australia"
    assert [(i.text, i.phone) for i in info.crisis_lines] == [("Lifeline", "13 11 14")]
    assert [i.phone for i in info.emergency] == ["000"]
    assert [i.text for i in info.people] == ["Sam"]
    assert [i.text for i in info.reasons] == ["My cat, Miso"]
    own = SafetyPlan("AU", (item("professionals", "My line", "123", ItemRole.CRISIS_LINE),))
    assert [i.phone for i in help_info(own).crisis_lines] == ["123"]


def test_help_info_for_a_country_without_a_checked_line_shows_no_number():
    info = help_info(SafetyPlan("OTHER"))
    assert info.crisis_lines == [] and info.emergency == []
    assert not info.country.verified


def test_text_renderings_keep_words_literal_and_mark_empty_sections():
    plan = SafetyPlan("GB", (item("reasons", "# not a heading <b>", position=0),
                             item("reasons", "second", position=1)))
    md = plan_markdown(plan)
    assert "1. \\# not a heading \\<b\\>" in md
    assert "2. second" in md
    assert md.count("Nothing written here yet.") == 7
    html = plan_html(plan, "26 November 2026")
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "not a crisis service" in html
