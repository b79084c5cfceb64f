"""A card speaks of the customer as her gender says: 她/her for a woman, 他/his for a man,
neutral words (顾客, the customer) when it is not known, in Chinese and in English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabWidget

from shopcrm.core import i18n
from shopcrm.customers import profiles
from shopcrm.ui.app import install_translations
from shopcrm.ui.customers.customer_card import CustomerCard

# What each language calls her, him, and nobody in particular, on the card.
WORDS = {
    "zh_CN": {
        "female": ("了解她", "她的资料", "她介绍的朋友", "她喜欢的活动"),
        "male": ("了解他", "他的资料", "他介绍的朋友", "他喜欢的活动"),
        None: ("了解顾客", "顾客资料", "顾客介绍的朋友", "喜欢的活动"),
    },
    "en": {
        "female": ("About her", "Her data", "Friends she brought", "She would enjoy"),
        "male": ("About him", "His data", "Friends he brought", "He would enjoy"),
        None: (
            "About the customer",
            "Customer data",
            "Friends this customer brought",
            "Would enjoy",
        ),
    },
}
# Words that would call a man, or someone whose gender is not known, a woman.
HERS = {"zh_CN": re.compile("她"), "en": re.compile(r"\b(she|her|hers|herself)\b", re.I)}
HIS = {"zh_CN": re.compile("(?<!其)他"), "en": re.compile(r"\b(he|him|his|himself)\b", re.I)}


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp) -> str:
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


def card_of(qtbot, customer_id: int) -> CustomerCard:
    """Her card with the tabs that speak of her built, as a clerk opening them would."""
    card = CustomerCard(customer_id)
    qtbot.addWidget(card)
    card.open_tab(card.loyalty)
    card.open_tab(card.events)
    return card


def said(card: CustomerCard) -> list[str]:
    """The words on the card: labels, buttons, tab titles, placeholders, tooltips, menus."""
    texts = [card.data_button.text(), *(a.text() for a in card.her_data.actions())]
    for widget in card.findChildren(QLabel):
        texts.append(widget.text())
    for widget in card.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in card.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in card.findChildren(QLineEdit):
        texts += [widget.placeholderText(), widget.toolTip()]
    for widget in card.findChildren(QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    # The customer's own name and what is typed about her are hers, not the program's words.
    return [text for text in texts if text and "张小丽" not in text]


def words_on(card: CustomerCard) -> tuple[str, ...]:
    friends = card.loyalty.findChild(QTabWidget, "loyaltyParts")
    return (
        card.tabs.tabText(card.tabs.indexOf(card.about)),
        card.data_button.text(),
        friends.tabText(friends.indexOf(card.loyalty.friends)),
        card.events.enjoys.text(),
    )


@pytest.mark.parametrize("gender", ["female", "male", None])
def test_the_card_speaks_of_the_customer_as_her_gender_says(
    qtbot, shop, language: str, gender: str | None
) -> None:
    profiles.update_customer(shop["xiaoli"], {"gender": gender})
    card = card_of(qtbot, shop["xiaoli"])
    assert words_on(card) == WORDS[language][gender]
    texts = said(card)
    if gender != "female":
        assert [text for text in texts if HERS[language].search(text)] == []
    if gender != "male":
        assert [text for text in texts if HIS[language].search(text)] == []


def test_a_gender_saved_on_the_card_changes_its_words(qtbot, shop, language: str) -> None:
    card = card_of(qtbot, shop["xiaoli"])
    assert words_on(card) == WORDS[language][None]
    box = card.form.fields["gender"].widget
    box.setCurrentIndex(box.findData("male"))
    assert card.save()
    card.open_tab(card.loyalty)  # a tab not in sight is filled again when it is opened
    assert words_on(card) == WORDS[language]["male"]
    assert [text for text in said(card) if HERS[language].search(text)] == []  # tooltips too
    times = card.form.fields["event_times"].widget.toolTip()
    assert HIS[language].search(times), times


def test_by_gender_picks_the_neutral_text_unless_her_gender_is_known() -> None:
    picked = {
        gender: i18n.by_gender(gender, "her", "his", "neutral")
        for gender in ("female", "male", "other", None, "")
    }
    assert picked == {
        "female": "her",
        "male": "his",
        "other": "neutral",
        None: "neutral",
        "": "neutral",
    }
