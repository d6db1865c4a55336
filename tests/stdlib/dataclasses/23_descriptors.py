from dataclasses import dataclass, field, fields


class Positive:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 10
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f'{self.name[1:]} must be positive')
        setattr(obj, self.name, value)


@dataclass
class Account:
    balance: Positive = Positive()


a = Account()
print(a, a._balance, Account.__dataclass_fields__['balance'].default)
print(Account(5))
try:
    Account(-1)
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class ViaField:
    amount: Positive = field(default=Positive(), repr=True)


try:
    print(ViaField())
except TypeError as e:
    print(type(e).__name__, e)
print(type(ViaField.__dict__['amount']).__name__, ViaField(3))


class NoDefaultDescriptor:
    def __get__(self, obj, objtype=None):
        if obj is None:
            raise AttributeError('no class value')
        return obj.__dict__.get('_v', 'unset')

    def __set__(self, obj, value):
        obj.__dict__['_v'] = value


@dataclass
class UsesNoDefault:
    v: NoDefaultDescriptor = NoDefaultDescriptor()


print(UsesNoDefault.__dataclass_fields__['v'].default is fields(UsesNoDefault)[0].default)
print(UsesNoDefault(3).v)
try:
    UsesNoDefault()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithProperty:
    _x: int = 0

    @property
    def x(self):
        return self._x * 2


print(WithProperty(4).x, [f.name for f in fields(WithProperty)])


@dataclass
class WithClassmethod:
    v: int

    @classmethod
    def make(cls):
        return cls(1)

    @staticmethod
    def helper():
        return 'helper'


print(WithClassmethod.make(), WithClassmethod.helper())
