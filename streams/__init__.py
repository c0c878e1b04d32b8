"""The runtime around the agents: settings, topics, Redis stores, extraction, web views."""

__all__: list[str] = []
