tmpl = "{greeting}, {0}! You have {1} new {2}."
print(tmpl.format("Ann", 3, "messages", greeting="Hi"))
print("{:*^20}".format(" centered "))
print("Price: {:>8.2f}".format(3.5))
print(" | ".join("{:3d}".format(i) for i in range(5)))
print("{0:b} {0:o} {0:x} {0:,}".format(12345))
print("%-8s|" % "left", "{:<8}|".format("left"))
print("ok".startswith(""), "".join(sorted("hello")))
