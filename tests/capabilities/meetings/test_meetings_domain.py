"""Meetings rules: document symbols in UN order, agenda numbers, statuses, field errors."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from isu_desk.capabilities.meetings.directory import State, StateStatus
from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    AgendaItem,
    DelegationCategory,
    Document,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    OwnerKind,
    Participant,
)
from isu_desk.capabilities.meetings.domain.rules import (
    agenda_sort_key,
    category_of_state,
    meeting_status_move,
    minutes_status_move,
    validate_action_point,
    validate_agenda_item,
    validate_document,
    validate_meeting,
    validate_participant,
)
from isu_desk.capabilities.meetings.domain.symbols import (
    normalise_symbol,
    parse_symbol,
    symbol_sort_key,
)

# Twenty real symbols, in the order a UN documents list prints them.
UN_ORDER = [
    "CCM/CONF/2015/1",
    "CCM/CONF/2015/7",
    "CCM/CONF/2015/WP.2",
    "CCM/CONF/2020/3",
    "CCM/CONF/2021/5",
    "CCM/CONF/2021/5/Add.1",
    "CCM/CONF/2026/5",
    "CCM/MSP/2023/2",
    "CCM/MSP/2023/10",
    "CCM/MSP/2024/1",
    "CCM/MSP/2024/2",
    "CCM/MSP/2024/3",
    "CCM/MSP/2024/3/Corr.1",
    "CCM/MSP/2024/3/Rev.1",
    "CCM/MSP/2024/10",
    "CCM/MSP/2024/11",
    "CCM/MSP/2024/WP.1",
    "CCM/MSP/2024/WP.10",
    "CCM/MSP/2024/INF.2",
    "CCM/MSP/2025/1",
]


def test_every_symbol_of_the_hand_written_list_is_valid() -> None:
    assert len(UN_ORDER) == 20
    assert all(not isinstance(parse_symbol(symbol), str) for symbol in UN_ORDER)


@given(st.permutations(UN_ORDER))
def test_sorting_any_shuffle_gives_the_un_order(shuffled: list[str]) -> None:
    assert sorted(shuffled, key=symbol_sort_key) == UN_ORDER


_numbers = st.integers(min_value=0, max_value=120).map(str)
_symbols = st.builds(
    lambda body, year, series, number, suffix: "/".join(
        ["CCM", body, str(year), f"{series}.{number}" if series else number, *suffix]
    ),
    st.sampled_from(["MSP", "CONF", "MSP.2"]),
    st.integers(min_value=2008, max_value=2030),
    st.sampled_from(["", "WP", "INF", "CRP"]),
    _numbers,
    st.lists(st.sampled_from(["Rev.1", "Rev.2", "Add.1", "Corr.1"]), max_size=2),
)


@given(_symbols, _symbols, _symbols)
def test_symbol_order_is_total(a: str, b: str, c: str) -> None:
    ka, kb, kc = symbol_sort_key(a), symbol_sort_key(b), symbol_sort_key(c)
    assert (ka == kb) == (a == b)  # one spelling per document: no ties between different ones
    assert (ka < kb) + (ka == kb) + (kb < ka) == 1
    if ka <= kb <= kc:
        assert ka <= kc


def test_symbols_are_refused_with_what_to_write() -> None:
    assert "leading zeros" in str(parse_symbol("CCM/MSP/2024/03"))
    assert "prefix" in str(parse_symbol("APLC/MSP.21/2023/1"))
    assert not isinstance(parse_symbol("APLC/MSP.21/2023/1", prefix="APLC"), str)
    assert "year" in str(parse_symbol("CCM/MSP/24/1"))
    assert "suffix" in str(parse_symbol("CCM/MSP/2024/1/Rev1"))
    assert "not a document symbol" in str(parse_symbol("MSP 3"))


def test_symbols_typed_loosely_are_normalised() -> None:
    assert normalise_symbol(" ccm/msp/2024/wp.1 ") == "CCM/MSP/2024/WP.1"
    assert normalise_symbol("ccm/msp/2024/3/rev.1") == "CCM/MSP/2024/3/Rev.1"


def test_agenda_numbers_sort_as_written() -> None:
    numbers = ["10", "5(b)", "2", "5", "1", "5(a)", "11"]
    assert sorted(numbers, key=agenda_sort_key) == ["1", "2", "5", "5(a)", "5(b)", "10", "11"]
    assert validate_agenda_item(AgendaItem("", "m", "5(a)", "Universalization")) == []
    assert validate_agenda_item(AgendaItem("", "m", "five", "x"))[0].field == "number"


def _meeting(**changes: object) -> Meeting:
    values: dict[str, object] = {
        "id": "",
        "kind": MeetingKind.MSP,
        "title": "Thirteenth Meeting of States Parties",
        "start_date": date(2025, 9, 16),
        "end_date": date(2025, 9, 19),
        "code": "13MSP",
    }
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def test_meeting_mistakes_are_field_errors() -> None:
    today = date(2025, 10, 1)
    assert validate_meeting(_meeting(), today) == []
    fields = {e.field for e in validate_meeting(_meeting(title=" ", code="13 MSP"), today)}
    assert fields == {"title", "code"}
    backwards = _meeting(end_date=date(2025, 9, 1))
    assert [e.field for e in validate_meeting(backwards, today)] == ["end_date"]
    future_held = _meeting(start_date=date(2026, 9, 1), end_date=None, status=MeetingStatus.HELD)
    assert [e.field for e in validate_meeting(future_held, today)] == ["status"]


def test_meeting_status_moves_forward_or_back_one_step() -> None:
    assert meeting_status_move(MeetingStatus.PLANNED, MeetingStatus.REPORT_ADOPTED) == []
    assert meeting_status_move(MeetingStatus.HELD, MeetingStatus.CONVENED) == []
    assert meeting_status_move(MeetingStatus.REPORT_ADOPTED, MeetingStatus.PLANNED)
    assert minutes_status_move(MinutesStatus.APPROVED, MinutesStatus.DRAFT)
    assert minutes_status_move(MinutesStatus.CIRCULATED, MinutesStatus.DRAFT) == []


def test_a_document_needs_a_valid_symbol_and_un_languages() -> None:
    good = Document("", "m", "CCM/MSP/2024/3", "Work plan and budget", languages="en, fr, es")
    assert validate_document(good) == []
    bad = Document("", "m", "CCM/MSP/2024/WP1", "x", languages="en, de")
    assert {e.field for e in validate_document(bad)} == {"symbol", "languages"}


def test_an_action_point_cannot_be_done_without_a_date() -> None:
    point = ActionPoint("", "m", "Circulate the draft", owner_name="Ana")
    assert validate_action_point(point) == []
    done = ActionPoint("", "m", "x", owner_name="Ana", status=ActionStatus.DONE)
    assert [e.field for e in validate_action_point(done)] == ["closed_on"]
    dropped = ActionPoint(
        "", "m", "x", owner_name="Ana", status=ActionStatus.DROPPED, closed_on=date(2025, 1, 1)
    )
    assert [e.field for e in validate_action_point(dropped)] == ["closing_note"]
    no_state = ActionPoint("", "m", "x", owner_kind=OwnerKind.STATE)
    assert [e.field for e in validate_action_point(no_state)] == ["owner_state_id"]
    assert ActionPoint("", "m", "x", due_on=date(2025, 1, 1)).overdue(date(2025, 1, 2))
    assert not done.overdue(date(2030, 1, 1))


def test_a_state_is_listed_by_its_status_on_the_day_of_the_meeting() -> None:
    lithuania = State(
        "ltu", "LTU", "Lithuania", StateStatus.WITHDRAWN, date(2008, 12, 3), date(2011, 3, 24),
        entry_into_force_date=date(2011, 9, 1), withdrawal_date=date(2025, 3, 6),
    )  # fmt: skip
    assert category_of_state(lithuania, date(2024, 9, 10)) is DelegationCategory.STATES_PARTIES
    assert category_of_state(lithuania, date(2025, 9, 16)) is DelegationCategory.OBSERVER_STATES
    cyprus = State("cyp", "CYP", "Cyprus", StateStatus.SIGNATORY, date(2009, 9, 23))
    assert category_of_state(cyprus, date(2025, 9, 16)) is DelegationCategory.SIGNATORIES
    assert category_of_state(cyprus, date(2008, 1, 1)) is DelegationCategory.OBSERVER_STATES


def test_a_participant_is_on_one_kind_of_delegation() -> None:
    ok = Participant("", "m", "c", DelegationCategory.NGOS, delegation_organisation_id="o")
    assert validate_participant(ok) == []
    both = Participant(
        "",
        "m",
        "c",
        DelegationCategory.NGOS,
        delegation_state_id="s",
        delegation_organisation_id="o",
    )
    assert "delegation" in {e.field for e in validate_participant(both)}
    wrong = Participant("", "m", "c", DelegationCategory.NGOS, delegation_state_id="s")
    assert [e.field for e in validate_participant(wrong)] == ["category"]
