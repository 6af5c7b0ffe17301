"""Who brings a suit a party is said to face or to fight, and subjects that only open a sentence ("Recall that ...",
"Ongoing lawsuit ..."): found on crypto news (p54's tuning half A of one crypto page set), in our own words. The one
that faces, contests or fights a suit did not bring it: the doer is who the suit comes "from" or is "brought by",
else no one."""

from __future__ import annotations

import pytest

from tests.detect import cases

pytestmark = pytest.mark.pure

ACTORS = [
    # a suit faced, from or by its doer
    ("Tokens of the Varnex exchange slid despite the exchange facing a lawsuit by the Commodity Futures Trading "
     "Commission over unlicensed products.", "Commodity Futures Trading Commission"),
    ("The trading platform continues to face a separate lawsuit from the Securities and Exchange Commission over its "
     "lending desk.", "SEC"),
    ("The Denver-based startup continues to contest a lawsuit from the Securities and Exchange Commission.", "SEC"),
    ("The world’s second-largest token exchange faces lawsuits from the Ontario Securities Commission and the state "
     "of Oregon.", "Ontario Securities Commission"),
    # a suit or charges faced, no doer named: the one who faces them did not act
    ("Now, as Orla Quint and Bram Dell face the same class-action lawsuit, their stakes may vanish.", ""),
    ("Kelvar, along with its founder, is facing 11 charges.", ""),
    ("The world’s busiest token exchange faces lawsuits in three states.", ""),
    ("The lending desk continues to fight a lawsuit from the state of Oregon.", "Oregon"),
    # an opening that names no one
    ("Recall that in 2021, the SEC filed a lawsuit against Pelion Labs over its token sale.", "SEC"),
    ("Note that the regulator sued Quarro Labs in 2022 over its coin offering.", "regulator"),
    ("Ongoing lawsuit against the SEC has moved the price of the QRX token.", ""),
    # near misses: the subject that brings the suit stays the doer
    ("Pelion Labs filed a lawsuit against the Tarn Revenue Board over its tax ruling.", "Pelion Labs"),
    ("The Tarn Revenue Board sued Quarro Labs, and Quarro faces a second suit from a landlord.", "Tarn Revenue Board"),
]


@pytest.mark.parametrize(("text", "actor"), ACTORS)
def test_the_actor_of_a_faced_suit(text: str, actor: str) -> None:
    assert cases.actor("", text, "legal_action") == actor


KINDS = [
    ("The trading platform continues to face a separate lawsuit from the regulator over its lending desk.",
     "legal_action", True),
    ("Ongoing lawsuit against the SEC has moved the price of the QRX token.", "legal_action", True),
    # "Note that ..." reports what was done: no advice to do it
    ("Note that the regulator sued Quarro Labs in 2022 over its coin offering.", "legal_action", True),
    ("Note the date the regulator set for the hearing.", "legal_action", False),
    ("The trading platform continues to face stiff competition from its rivals.", "legal_action", False),
]


@pytest.mark.parametrize(("text", "kind", "found"), KINDS)
def test_a_faced_suit_stays_a_legal_action(text: str, kind: str, found: bool) -> None:
    cases.finds(text, kind, found)
