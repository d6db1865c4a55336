import enum
from enum import Enum


class Attr(Enum):
    name = 'the name'
    value = 'the value'
    other = 3


print(repr(Attr.name), repr(Attr.value), repr(Attr.other))
print(Attr.name.name, Attr.name.value, Attr.value.name, Attr.value.value)
print(list(Attr), Attr['value'], Attr('the name'))
print(type(Attr.__dict__['name']).__name__, Attr.__dict__['name'].member is Attr.name)


class Labeled(Enum):
    A = 1
    B = 2

    @enum.property
    def label(self):
        return 'label-' + self.name.lower()


print(Labeled.A.label, Labeled.B.label)
try:
    Labeled.A.label = 'x'
except AttributeError as e:
    print(type(e).__name__, e)


class Settable(Enum):
    A = 1

    @enum.property
    def extra(self):
        return self.__dict__.get('_extra', 'unset')

    @extra.setter
    def extra(self, v):
        self.__dict__['_extra'] = v

    @extra.deleter
    def extra(self):
        self.__dict__.pop('_extra', None)


print(Settable.A.extra)
Settable.A.extra = 'set!'
print(Settable.A.extra)
del Settable.A.extra
print(Settable.A.extra)
p = enum.property(lambda self: 1, doc='docs')
print(p.__doc__, p.fset, p.fdel)
print(Enum.__dict__['name'].clsname, Enum.__dict__['name'].name)
q = enum.property()
print(q.fget, q.__doc__)
