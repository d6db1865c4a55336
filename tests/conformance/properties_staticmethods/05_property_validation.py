class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"expected a number, got {type(v).__name__}")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
for bad in ["hot", None, [1]]:
    try:
        t.celsius = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Temperature("x")
except TypeError as e:
    print("init:", e)
