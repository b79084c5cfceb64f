"""Her events on her card and the list filtered by an event, as a clerk uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shopcrm.core import clock
from shopcrm.customers import privacy, profiles
from shopcrm.events import door, guests, planning
from shopcrm.storage.models import Event, Staff
from shopcrm.ui import operations, session
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.customers.customer_page import CustomerPage
from shopcrm.ui.operations import EVENTS


def plan(owner, title: str, kind: str, days: int, hour: int = 15) -> Event:
    starts = dt.datetime.combine(clock.today() + dt.timedelta(days=days), dt.time(hour))
    return planning.save_event(owner, planning.EventInput(title, kind, starts, "店内二楼"))


@pytest.fixture
def her_events(owner, shop) -> dict[str, Event]:
    """张小丽 is invited to an outing in ten days and to a talk this morning she missed,
    came to this afternoon's preview without an invitation, and was invited to a party
    that was called off."""
    her = shop["xiaoli"]
    events = {
        "outing": plan(owner, "Autumn outing", "outing", 10),
        "morning": plan(owner, "Care talk", "talk", 0, hour=9),
        "preview": plan(owner, "New season preview", "preview", 0),
        "party": plan(owner, "Birthday tea", "birthday_party", 20),
    }
    for name in ("outing", "morning", "party"):
        guests.invite_customers(owner, events[name].id, [her])
    door.check_in(owner, events["preview"].id, her)
    planning.cancel_event(owner, events["party"].id)
    return events


def open_card(qtbot, customer_id: int) -> CustomerCard:
    card = CustomerCard(customer_id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.open_tab(card.events)
    return card


def rows(card: CustomerCard) -> list[list[str]]:
    model = card.events.model
    return [
        [model.item(r, c).text() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_her_card_lists_the_events_she_was_invited_to_or_came_to(
    qtbot, english, shop, her_events
) -> None:
    card = open_card(qtbot, shop["xiaoli"])
    assert card.tabs.tabText(card.tabs.currentIndex()) == "Events"
    assert rows(card) == [
        ["Birthday tea (cancelled)", "Birthday party", "Not asked yet", ""],
        ["Autumn outing", "Outing", "Not asked yet", ""],
        ["New season preview", "Product preview", "Not invited", "Yes"],
        ["Care talk", "Talk", "Not asked yet", "No"],
    ]
    assert card.events.footer.text() == "4 events, came to 1"
    # Nothing known yet of what she enjoys: the clerk is asked to find out.
    assert card.events.prompt.isVisible()
    assert card.events.prompt.text().startswith("Ask the customer which events they would enjoy")


def test_ticking_what_she_enjoys_is_kept_and_shown_when_her_card_opens_again(
    qtbot, english, shop
) -> None:
    session.set_current(Staff.get(Staff.name == "小陈"))
    card = open_card(qtbot, shop["xiaoli"])
    tab = card.events
    assert not tab.save_button.isEnabled()
    for kind in ("outing", "talk"):
        qtbot.mouseClick(tab.kinds[kind], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.times, "weekend  afternoons ")
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert card.notice.text() == "The customer's event preferences are saved."
    assert not tab.save_button.isEnabled() and not tab.prompt.isVisible()
    stored = profiles.get_customer(shop["xiaoli"])
    assert (stored.event_kinds, stored.event_times) == ("outing,talk", "weekend afternoons")
    # Her best times show on "About her" too, read-only there.
    about_times = card.form.fields["event_times"].widget
    assert about_times.text() == "weekend afternoons" and about_times.isReadOnly()
    assert "Events tab" in about_times.toolTip()
    card.close()

    again = open_card(qtbot, shop["xiaoli"])
    ticked = [kind for kind, box in again.events.kinds.items() if box.isChecked()]
    assert ticked == ["outing", "talk"]
    assert again.events.times.text() == "weekend afternoons"
    assert not again.events.save_button.isEnabled() and not again.events.prompt.isVisible()


def test_saving_her_profile_never_writes_back_stale_event_times(qtbot, english, shop) -> None:
    """A card opened before her times were saved elsewhere shows them on its next refresh,
    and its own save, of another field being typed, leaves them as they are."""
    first = open_card(qtbot, shop["xiaoli"])
    first.tabs.setCurrentWidget(first.about)
    hobbies = first.form.fields["hobbies"].widget
    hobbies.setFocus()
    qtbot.keyClicks(hobbies, "hiking")

    second = open_card(qtbot, shop["xiaoli"])
    qtbot.keyClicks(second.events.times, "Friday evenings")
    qtbot.keyClick(second.events.times, Qt.Key.Key_Return)
    assert first.form.fields["event_times"].widget.text() == "Friday evenings"
    assert hobbies.toPlainText() == "hiking"  # what the first clerk typed is kept

    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    stored = profiles.get_customer(shop["xiaoli"])
    assert (stored.hobbies, stored.event_times) == ("hiking", "Friday evenings")
    # The first card's Events tab follows too, since nothing was ticked there.
    first.open_tab(first.events)
    assert first.events.times.text() == "Friday evenings"


def test_her_reply_recorded_elsewhere_shows_on_her_open_card(
    qtbot, english, owner, shop, her_events
) -> None:
    card = open_card(qtbot, shop["xiaoli"])
    guest = next(
        g for g in guests.guest_list(her_events["outing"].id) if g.customer_id == shop["xiaoli"]
    )
    guests.record_reply(owner, guest.id, "yes")
    operations.announce(EVENTS, customers=[shop["xiaoli"]])
    assert rows(card)[1] == ["Autumn outing", "Outing", "Yes", ""]


def test_closing_with_preferences_ticked_and_not_saved_asks_first(
    qtbot, english, shop, monkeypatch
) -> None:
    card = open_card(qtbot, shop["xiaoli"])
    qtbot.mouseClick(card.events.kinds["preview"], Qt.MouseButton.LeftButton)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    card.close()
    assert asked == ["Save the changes to 张小丽?"]
    assert profiles.get_customer(shop["xiaoli"]).event_kinds == "preview"

    # Ticked, then moved to the trash: nothing more is asked, nothing more is saved.
    again = open_card(qtbot, shop["xiaoli"])
    qtbot.mouseClick(again.events.kinds["talk"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    again.move_to_trash()
    again.close()
    assert len(asked) == 1 and not again.isVisible()
    assert profiles.get_customer(shop["xiaoli"], include_deleted=True).event_kinds == "preview"


def test_an_erased_record_keeps_her_events_and_asks_nothing_more(
    qtbot, english, owner, shop, her_events
) -> None:
    privacy.erase(owner, shop["xiaoli"])
    card = open_card(qtbot, shop["xiaoli"])
    tab = card.events
    assert tab.model.rowCount() == 4
    assert not any(box.isEnabled() for box in tab.kinds.values())
    assert not tab.times.isEnabled() and not tab.save_button.isEnabled()
    assert not tab.prompt.isVisible()


def test_the_list_shows_those_invited_to_an_event_or_those_who_came(
    qtbot, english, owner, shop, her_events
) -> None:
    li_na, chen_meiling = shop["others"][:2]
    guests.invite_customers(owner, her_events["morning"].id, [li_na])
    door.check_in(owner, her_events["morning"].id, chen_meiling)
    page = CustomerPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    def names() -> list[str]:
        return [page.model.row_at(r).name for r in range(page.model.rowCount())]

    events = page.event_filter
    latest_first = ("party", "outing", "preview", "morning")
    assert [events.itemData(i) for i in range(1, events.count())] == [
        her_events[name].id for name in latest_first
    ]
    assert events.itemText(1).endswith(" Birthday tea (cancelled)")
    assert not page.guest_filter.isEnabled()
    events.setCurrentIndex(events.findData(her_events["morning"].id))
    assert page.guest_filter.isEnabled() and page.guest_filter.currentText() == "Invited"
    assert names() == ["张小丽", "李娜"]
    assert page.result_label.text() == "2 customers"
    page.guest_filter.setCurrentIndex(page.guest_filter.findText("Came"))
    assert names() == ["陳美玲"]
    events.setCurrentIndex(0)
    assert len(names()) == 4 and not page.guest_filter.isEnabled()

    # An event planned meanwhile is there to choose, the latest first.
    plan(owner, "Spring walk", "outing", 30)
    operations.announce(EVENTS)
    assert events.itemText(1).endswith("Spring walk")
