"""GeoWire's training recipe for its syntax pipelines (``make models``): CoNLL-U conversion,
spaCy configs, training, packaging into ``extraction/syntax_models`` and the model card.

Not part of the installed package: run it from a checkout, ``python -m training --help``.
"""

from __future__ import annotations

__all__: list[str] = []
