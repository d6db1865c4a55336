from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def save(self, key, value): ...

    @abstractmethod
    def load(self, key): ...

    @abstractmethod
    def delete(self, key): ...


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def save(self, key, value):
        self.data[key] = value

    def load(self, key):
        return self.data[key]


print(sorted(MemoryStorage.__abstractmethods__))
store = MemoryStorage()
store.save('a', 1)
print(store.load('a'))
