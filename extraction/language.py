"""Language identification with py3langid, whose model ships inside the package."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["SUPPORTED", "detect_language"]

SUPPORTED = ("de", "en")
# The identifier is restricted to these (so that short English/German texts are not called
# "lb" or "nl"); a text must still score clearly better in a supported language than in the
# unrestricted model, so a French or Spanish article is refused rather than forced.
_CANDIDATES = (*SUPPORTED, "fr", "es", "it", "nl", "pt", "pl", "ru", "tr", "sv", "da", "cs", "ar",
               "zh", "ja", "uk", "hu", "ro", "fi", "no")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=list(_CANDIDATES))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` when it is one of the supported languages, else None."""
    sample = text[:2000].strip()
    if len(sample) < 3:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if lang in SUPPORTED and prob >= 0.5 else None
