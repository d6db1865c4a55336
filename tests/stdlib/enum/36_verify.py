from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(EnumCheck))
print(repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS == 'multi-flag aliases may not contain unnamed flags')


def unique_ok():
    @verify(UNIQUE)
    class E(Enum):
        A = 1
        B = 2
    return E


def unique_bad():
    @verify(UNIQUE)
    class E(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
    return E


def continuous_ok():
    @verify(CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 3
    return E


def continuous_bad():
    @verify(CONTINUOUS)
    class E(Enum):
        A = 1
        B = 3
        C = 6
    return E


def continuous_flag_bad():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        C = 8
    return F


def continuous_flag_ok():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 2
        B = 4
    return F


def named_ok():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        AB = 3
    return F


def named_bad():
    @verify(NAMED_FLAGS)
    class F(IntFlag):
        A = 1
        B = 2
        ABD = 11
    return F


def named_bad_two():
    @verify(NAMED_FLAGS)
    class F(IntFlag):
        A = 1
        X = 6
        Y = 16 | 32 | 1
    return F


def not_enum():
    @verify(UNIQUE)
    class C:
        pass
    return C


def several():
    @verify(UNIQUE, CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 2
    return E


for f in (unique_ok, unique_bad, continuous_ok, continuous_bad, continuous_flag_bad,
          continuous_flag_ok, named_ok, named_bad, named_bad_two, not_enum, several):
    print(f.__name__, end=': ')
    attempt(f)
