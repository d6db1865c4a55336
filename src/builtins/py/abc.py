"""Abstract base classes: ABCMeta, ABC and abstractmethod, written for Cellar.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__
and cannot be instantiated while any remain. isinstance/issubclass ask, in order: the
class's __subclasshook__, its mro, the classes registered with it, and its subclasses; the
answers are cached until a register() anywhere changes them.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class made by ABCMeta cannot be instantiated until a
    subclass overrides it."""
    owner = _readonly_abstract_flag(type(funcobj))
    if owner is not None:
        raise AttributeError("attribute '__isabstractmethod__' of '%s' objects is not "
                             "writable" % owner.__name__)
    funcobj.__isabstractmethod__ = True
    return funcobj


def _readonly_abstract_flag(tp):
    """The built-in type among classmethod, staticmethod and property whose read-only
    __isabstractmethod__ an object of type tp has, if any."""
    if tp is classmethod or tp is staticmethod or tp is property:
        return tp
    for klass in tp.__mro__:
        if "__isabstractmethod__" in klass.__dict__:
            if klass is classmethod or klass is staticmethod or klass is property:
                return klass
            return None
    return None


# The deprecated spellings: subclasses of classmethod, staticmethod and property.
class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack @classmethod on
    @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack @staticmethod on
    @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack @property on
    @abstractmethod)."""

    __isabstractmethod__ = True


class _AbcState:
    """What ABCMeta keeps per class: the registered classes and the cached answers."""
    __slots__ = ('registry', 'cache', 'negative', 'negative_version')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative = set()
        self.negative_version = ABCMeta._abc_invalidation_counter


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items()
             if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes (see the module's docstring)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC; returns it (a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            state = cls._abc_impl
            if (state.negative_version == ABCMeta._abc_invalidation_counter
                    and subclass in state.negative):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < ABCMeta._abc_invalidation_counter:
            state.negative = set()
            state.negative_version = ABCMeta._abc_invalidation_counter
        elif subclass in state.negative:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is True:
            state.cache.add(subclass)
            return True
        if answer is False:
            state.negative.add(subclass)
            return False
        if answer is not NotImplemented:
            raise AssertionError("__subclasshook__ must return either False, True, or "
                                 "NotImplemented")
        if cls in getattr(subclass, '__mro__', ()):
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                state.cache.add(subclass)
                return True
        state.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {ABCMeta._abc_invalidation_counter}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def get_cache_token():
    """A token that changes whenever some ABC gains a registered class."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or removed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are ABCs (their metaclass is ABCMeta)."""
    __slots__ = ()
