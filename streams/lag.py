"""Consumer lag of the workers' group on the articles topic, per partition: what Kafka holds
(high watermark) less what the group has committed, measured from outside the group so that the
partitions of a dead worker show their lag too."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.security import kafka_client_options
from streams.settings import Settings

__all__ = ["LagProbe", "PartitionLag", "partition_lag"]


@dataclass(frozen=True)
class PartitionLag:
    partition: int
    committed: int | None  # the next offset the group will read; None: nothing committed yet
    end: int  # the high watermark: the offset the next article will get
    lag: int  # articles in the partition that the group has not committed

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def partition_lag(partition: int, committed: int | None, start: int, end: int) -> PartitionLag:
    """Lag from offsets; a group without a commit reads from the start (auto_offset_reset
    earliest), and a commit before the start (records deleted) counts from the start."""
    read_from = start if committed is None or committed < 0 else max(committed, start)
    return PartitionLag(partition, None if committed is None or committed < 0 else committed,
                        end, max(0, end - read_from))  # fmt: skip


class LagProbe:
    """Kafka clients of its own (an admin client and a group-less consumer), started at the
    first measurement and kept for the next ones."""

    def __init__(self, settings: Settings) -> None:
        self._options = kafka_client_options(settings)
        self._group = settings.app_id
        self._topic = settings.topic("articles").name
        self._admin: AIOKafkaAdminClient | None = None
        self._offsets: AIOKafkaConsumer | None = None

    async def measure(self) -> list[PartitionLag]:
        """The group's lag on every partition of the articles topic, by partition."""
        admin, offsets = await self._clients()
        (described,) = await admin.describe_topics([self._topic])
        partitions = [TopicPartition(self._topic, p["partition"]) for p in described["partitions"]]
        committed = await admin.list_consumer_group_offsets(self._group, partitions=partitions)
        starts = await offsets.beginning_offsets(partitions)
        ends = await offsets.end_offsets(partitions)
        return sorted(
            (
                partition_lag(
                    tp.partition,
                    committed[tp].offset if tp in committed else None,
                    starts[tp],
                    ends[tp],
                )
                for tp in partitions
            ),
            key=lambda lag: lag.partition,
        )

    async def close(self) -> None:
        if self._admin is not None:
            await self._admin.close()
        if self._offsets is not None:
            await self._offsets.stop()
        self._admin = self._offsets = None

    async def _clients(self) -> tuple[AIOKafkaAdminClient, AIOKafkaConsumer]:
        if self._admin is None or self._offsets is None:
            self._admin = AIOKafkaAdminClient(**self._options)
            self._offsets = AIOKafkaConsumer(
                **self._options, group_id=None, enable_auto_commit=False
            )
            try:
                await self._admin.start()
                await self._offsets.start()
            except BaseException:
                await self.close()
                raise
        return self._admin, self._offsets
