count = 3
label = "items"
print("%d %s" % (count, label))
print("%s: %d" % (label, count))
print("%d %s %s" % (count, label))
