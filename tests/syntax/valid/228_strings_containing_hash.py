a = "# not a comment"
b = '#'  # but this is
c = """
# inside triple quotes
"""
d = f"#{a}"
e = f"{'#'}"
print(a, b, c, d, e)
