import contextlib
from contextlib import contextmanager, AbstractContextManager, ContextDecorator


@contextmanager
def documented(x):
    """Documentation of documented."""
    yield x


@contextmanager
def undocumented():
    yield


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__)
print(documented.__wrapped__.__name__, documented.__wrapped__ is not documented)
print(undocumented.__doc__)

cm = documented(5)
print(type(cm).__name__, type(cm).__module__, type(cm).__qualname__)
print(cm.__doc__)
print(undocumented().__doc__)
print(isinstance(cm, AbstractContextManager), isinstance(cm, ContextDecorator))
print([c.__name__ for c in type(cm).__mro__])
print(sorted(k for k in vars(cm)))
print(cm.func is documented.__wrapped__, cm.args, cm.kwds)
with cm as v:
    print(v, sorted(vars(cm)))
print(type(cm.gen).__name__)


class Holder:
    @contextmanager
    def method_cm(self, n):
        yield n * 2

    @staticmethod
    @contextmanager
    def static_cm():
        yield "static"


h = Holder()
with h.method_cm(21) as v:
    print(v)
with Holder.static_cm() as v:
    print(v)
print(Holder.method_cm.__qualname__)


def plain_gen():
    yield 1


wrapped = contextmanager(plain_gen)
print(wrapped.__name__, wrapped.__wrapped__ is plain_gen)
with wrapped() as v:
    print("plain", v)

# annotations and dict carried by functools.wraps
@contextmanager
def annotated(a: int) -> "cm":
    yield a


print(annotated.__annotations__)
documented.extra = 1
print(documented.extra)
print(contextlib.contextmanager.__name__)
