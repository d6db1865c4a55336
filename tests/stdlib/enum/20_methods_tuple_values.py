from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value)
print(Planet.EARTH.mass, Planet.EARTH.radius)
print(round(Planet.EARTH.surface_gravity, 4))
print(Planet((3.303e+23, 2.4397e6)))
print(repr(Planet.VENUS))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper(x):
        return x * 2


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
print(Mood.helper(4), Mood.FUNKY.helper(5), list(Mood))
print(f"{Mood.HAPPY}", format(Mood.HAPPY, '>30'))


class Op(Enum):
    ADD = '+'
    SUB = '-'

    def __call__(self, a, b):
        return a + b if self is Op.ADD else a - b


print(Op.ADD(2, 3), Op.SUB(2, 3), Op('-')(10, 4))


class WithRepr(Enum):
    A = 1

    def __repr__(self):
        return 'WithRepr!' + self.name


print(repr(WithRepr.A), str(WithRepr.A), [WithRepr.A])
