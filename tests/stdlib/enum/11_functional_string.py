from enum import Enum, IntEnum, Flag

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal))
print(Animal.ANT.value, Animal(3), Animal['DOG'])
print(Animal.__name__, Animal.__qualname__, Animal.__module__)

Comma = Enum('Comma', 'A, B,C ,  D')
print(list(Comma))

Start = Enum('Start', 'X Y Z', start=10)
print([(m.name, m.value) for m in Start])

Zero = Enum('Zero', 'X Y', start=0)
print([(m.name, m.value) for m in Zero])

Mod = Enum('Mod', 'P Q', module='somewhere', qualname='Outer.Mod')
print(Mod.__module__, Mod.__qualname__, repr(Mod.P))

Nums = IntEnum('Nums', 'ONE TWO THREE')
print(list(Nums), Nums.TWO + 1, isinstance(Nums.ONE, int))

Bits = Flag('Bits', 'R W X')
print([(m.name, m.value) for m in Bits], Bits.R | Bits.X)

Empty = Enum('Empty', '')
print(Empty, list(Empty))

Single = Enum('Single', 'ONLY')
print(list(Single))
print(type(Animal).__name__, issubclass(Animal, Enum))
