import colorsys

colors = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5),
          (0.2, 0.4, 0.6), (0.9, 0.1, 0.3)]
for c in colors:
    yiq = colorsys.rgb_to_yiq(*c)
    print(c, yiq, colorsys.yiq_to_rgb(*yiq))
# clamping of out-of-range results
for yiq in [(1.0, 1.0, 1.0), (0.0, -1.0, -1.0), (0.5, 0.6, -0.5), (2.0, 0.0, 0.0), (-1.0, 0.0, 0.0)]:
    print(yiq, colorsys.yiq_to_rgb(*yiq))
