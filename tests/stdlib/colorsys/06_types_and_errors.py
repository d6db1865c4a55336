import colorsys
from fractions import Fraction

# ints stay ints where no arithmetic happens
print(colorsys.rgb_to_hsv(1, 1, 1), colorsys.rgb_to_hsv(0, 0, 0), colorsys.rgb_to_hsv(1, 0, 0))
print(colorsys.hsv_to_rgb(0, 0, 1), colorsys.hls_to_rgb(0, 1, 0), colorsys.rgb_to_hls(1, 1, 1))
print(colorsys.rgb_to_yiq(1, 1, 1))
print(colorsys.rgb_to_hsv(Fraction(1, 2), Fraction(1, 4), Fraction(0)))
print(colorsys.hsv_to_rgb(Fraction(1, 3), Fraction(1, 2), Fraction(1, 2)))
print(colorsys.rgb_to_hsv(True, False, False))
# values outside the range
print(colorsys.rgb_to_hsv(2.0, -1.0, 0.5), colorsys.rgb_to_hls(2.0, -1.0, 0.5))
print(colorsys.rgb_to_hsv(1e-300, 0, 0), colorsys.rgb_to_hls(1e-300, 0, 0))
for args in [(0, 0, -1), (0, -1, 0)]:
    try:
        print(colorsys.rgb_to_hsv(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    colorsys.rgb_to_hls(1, 1, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    colorsys.hsv_to_rgb(float("nan"), 0.5, 0.5)
except ValueError as e:
    print("ValueError", e)
print(colorsys.hsv_to_rgb(0.5, float("nan"), 0.5))
try:
    colorsys.rgb_to_hsv("a", "b", "c")
except TypeError as e:
    print("TypeError", e)
try:
    colorsys.rgb_to_hsv(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    colorsys.hls_to_rgb(None, 0.5, 0.5)
except TypeError as e:
    print("TypeError", e)
# strings compare, but cannot be subtracted: uncaught TypeError
print(colorsys.rgb_to_hsv("a", "b", "a"))
