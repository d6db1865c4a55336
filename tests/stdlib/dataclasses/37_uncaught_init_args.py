from dataclasses import dataclass, KW_ONLY


@dataclass
class Job:
    name: str
    _: KW_ONLY
    priority: int
    retries: int = 3


print(Job('a', priority=1))
Job('b', 2)
