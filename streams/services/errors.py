"""What the local services raise when they cannot do what was asked.

Errors::

    ServiceError (RuntimeError)   a tool is missing, a port is taken, a service did not come up
"""

from __future__ import annotations

__all__ = ["ServiceError"]


class ServiceError(RuntimeError):
    """A local service could not be installed, started or stopped; the message says what to do."""
