"""Message ids of the `cong` translation domain; Vietnamese is the source language."""

from translationstring import TranslationStringFactory

_ = TranslationStringFactory("cong")
