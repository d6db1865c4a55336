# Free variables pass through class bodies: a method, a lambda or a comprehension in a class
# defined inside a function sees the function's locals; the class body's own names stay its own.


def make(v):
    class C:
        def get(self):
            return v

    return C


print(make(5)().get())


def counter(start):
    class Counter:
        def bump(self, by):
            nonlocal start
            start += by
            return start

        def peek(self):
            return start

    return Counter()


c = counter(10)
print(c.bump(1), c.bump(5), c.peek())


def lambdas(v):
    class C:
        f = lambda self: v * 2
        g = [v + i for i in range(3)]
        h = {k: v for k in "ab"}

    return C


L = lambdas(3)
print(L().f(), L.g, L.h)


def shadow():
    x = "function"

    class C:
        x = "class"
        y = x

        def m(self):
            return x

    return C


S = shadow()
print(S.x, S.y, S().m())


def nested():
    a = 1

    class Outer:
        a = 2

        class Inner:
            def m(self):
                return a

        b = a

    return Outer


N = nested()
print(N.Inner().m(), N.b)


def global_in_class():
    x = "local"

    class C:
        global x

        def m(self):
            return x

    return C


x = "global"
print(global_in_class()().m())


def class_reads_free(v):
    class C:
        w = v + 1

        def m(self):
            return v, self.w

    return C


print(class_reads_free(7)().m())


def with_super(v):
    class Base:
        def hello(self):
            return "base"

    class Child(Base):
        def hello(self):
            return super().hello() + str(v)

    return Child()


print(with_super(4).hello())
