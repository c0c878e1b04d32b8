"""Data files of the local Kafka broker: the Maven pom that resolves its jars, its log4j2 config.

A package (not a plain folder) so that ``pip install .`` ships these files with ``streams``.
"""

__all__: list[str] = []
