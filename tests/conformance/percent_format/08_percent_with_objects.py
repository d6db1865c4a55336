class Item:
    def __str__(self):
        return "Item-str"
    def __repr__(self):
        return "Item-repr"
print("%s | %r" % (Item(), Item()))
print("%s" % [Item()])
print("%5.1f%%" % 12.345, "%d%%" % 50)
print("%-6s|%6s|" % (True, None))
print("%.3s" % "abcdef", "%.0f" % 0.5, "%.0f" % 1.5)
print("%i items at %.2f = %08.3f" % (3, 1.5, 4.5))
print("%(x)s-%(y)05.1f" % {"x": Item(), "y": 2.25})
