rgb = (255, 128, 0)
print(rgb[0], rgb[1], rgb[2], rgb[-3])
print(rgb[1:10], rgb[5:], rgb[::-1])
for i in range(len(rgb)):
    print(i, rgb[i])
print(rgb[3])
