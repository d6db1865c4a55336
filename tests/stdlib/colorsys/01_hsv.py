import colorsys

colors = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0, 1, 1),
          (1, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.5, 0.75),
          (1.0, 0.5, 0.0), (0.3, 0.3, 0.31)]
for c in colors:
    hsv = colorsys.rgb_to_hsv(*c)
    back = colorsys.hsv_to_rgb(*hsv)
    print(c, hsv, back)
