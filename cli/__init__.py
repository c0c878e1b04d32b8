"""The `geowire` command line and the wiring of the worker, above the runtime and agents."""

__all__: list[str] = []
