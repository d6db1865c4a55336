import colorsys

for i in range(25):
    h = i / 24
    print(i, colorsys.hsv_to_rgb(h, 1.0, 1.0), colorsys.hls_to_rgb(h, 0.5, 1.0))
# hue outside [0, 1] wraps around
for h in (-0.25, 1.25, 2.0, -1.0, 6.5):
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.4, 0.6))
