import colorsys

colors = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0, 1, 1),
          (1, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3), (0.25, 0.5, 0.75),
          (1.0, 0.5, 0.0), (0.8, 0.9, 1.0), (0.3, 0.3, 0.31)]
for c in colors:
    hls = colorsys.rgb_to_hls(*c)
    back = colorsys.hls_to_rgb(*hls)
    print(c, hls, back)
