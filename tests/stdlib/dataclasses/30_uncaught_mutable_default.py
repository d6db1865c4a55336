from dataclasses import dataclass

print('defining')


@dataclass
class Bag:
    name: str
    items: dict = {}


print('not reached')
