import colorsys

# lightness around 0.5 switches the saturation formula
for l in (0.49, 0.5, 0.51, 0.0, 1.0):
    for s in (0.0, 0.3, 1.0):
        print(l, s, colorsys.hls_to_rgb(0.3, l, s))
# the gh-106498 case: saturation computed with 2.0 - max - min
print(colorsys.rgb_to_hls(1.0, 0.5, 0.7))
print(colorsys.rgb_to_hls(0.9, 0.9, 0.899999))
print(colorsys.rgb_to_hls(1.0, 1.0, 0.9999999999999999))
print(colorsys.rgb_to_hsv(0.1, 0.1, 0.1000001))
print(colorsys.hsv_to_rgb(0.9999999999999999, 1.0, 1.0))
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0))
