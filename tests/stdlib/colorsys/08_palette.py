import colorsys


def to_hex(rgb):
    return "#%02x%02x%02x" % tuple(round(c * 255) for c in rgb)


# an evenly spaced palette as used for plots
n = 10
palette = [to_hex(colorsys.hsv_to_rgb(i / n, 0.65, 0.9)) for i in range(n)]
print(palette)
# lighten a colour through HLS
base = (0.2, 0.4, 0.8)
h, l, s = colorsys.rgb_to_hls(*base)
for k in range(5):
    print(to_hex(colorsys.hls_to_rgb(h, min(1.0, l + k * 0.1), s)))
# greyscale through YIQ luma
for c in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (0.3, 0.6, 0.9)]:
    y = colorsys.rgb_to_yiq(*c)[0]
    print(c, round(y, 6), to_hex((y, y, y)))
