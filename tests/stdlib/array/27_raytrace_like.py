import array
import math

W, H = 8, 4
pixels = array.array('d', [0.0]) * (W * H * 3)
print(len(pixels), pixels.typecode)
for y in range(H):
    for x in range(W):
        i = (y * W + x) * 3
        dx = (x - W / 2) / W
        dy = (y - H / 2) / H
        v = math.sqrt(dx * dx + dy * dy)
        pixels[i] = v
        pixels[i + 1] = v * 0.5
        pixels[i + 2] = 1.0 - v
print(round(sum(pixels), 6))
print(max(pixels), min(pixels))
out = array.array('B', (min(255, int(p * 255)) for p in pixels))
print(out[:9].tolist())
print(sum(out))
