class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c

    @property
    def fahrenheit(self):
        """Degrees Fahrenheit."""
        return self.celsius * 9 // 5 + 32


t = Temperature(100)
print(t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(sorted(vars(t)))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.__doc__)
print(Temperature.fahrenheit.fset is None)
# a property is a data descriptor: the instance dict does not shadow it
t.__dict__["fahrenheit"] = "shadow"
t.celsius = 10
print(t.fahrenheit)
