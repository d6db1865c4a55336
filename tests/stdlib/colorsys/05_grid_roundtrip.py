import colorsys

steps = [i / 6 for i in range(7)]
worst_hsv = worst_hls = 0.0
lines = []
for r in steps:
    for g in steps:
        for b in steps:
            hsv = colorsys.rgb_to_hsv(r, g, b)
            hls = colorsys.rgb_to_hls(r, g, b)
            a = colorsys.hsv_to_rgb(*hsv)
            c = colorsys.hls_to_rgb(*hls)
            worst_hsv = max(worst_hsv, max(abs(x - y) for x, y in zip(a, (r, g, b))))
            worst_hls = max(worst_hls, max(abs(x - y) for x, y in zip(c, (r, g, b))))
            lines.append("%r %r" % (hsv, hls))
print(worst_hsv < 1e-12, worst_hls < 1e-12)
print(len(lines))
for line in lines[::17]:
    print(line)
# exact checksum of every value
print(sum(sum(colorsys.rgb_to_hsv(r, g, b)) for r in steps for g in steps for b in steps))
