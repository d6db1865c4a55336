import abc


class Old(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def helper():
        return 'helper'

    @abc.abstractproperty
    def prop(self):
        return 'prop'


print(sorted(Old.__abstractmethods__))
print(Old.make(), Old.helper())
for name in ['make', 'helper', 'prop']:
    obj = Old.__dict__[name]
    print(name, type(obj).__name__, obj.__isabstractmethod__)
print(issubclass(abc.abstractclassmethod, classmethod))
print(issubclass(abc.abstractstaticmethod, staticmethod))
print(issubclass(abc.abstractproperty, property))
print(isinstance(Old.__dict__['make'], classmethod))
print(abc.abstractproperty.__isabstractmethod__)


class New(Old):
    @classmethod
    def make(cls):
        return 'new ' + cls.__name__

    @staticmethod
    def helper():
        return 'new helper'

    prop = 'value'


n = New()
print(n.make(), n.helper(), n.prop)
