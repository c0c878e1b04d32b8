"""What the local services raise when they cannot do what was asked.

Errors (a subtree of :class:`base.GeoWireError`)::

    ServiceError   a tool is missing, a port is taken, a service did not come up
"""

from __future__ import annotations

from base import GeoWireError

__all__ = ["ServiceError"]


class ServiceError(GeoWireError):
    """A local service could not be installed, started or stopped; the message says what to do."""
