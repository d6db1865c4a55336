# café ☕ 日本語 — em dash, “curly quotes”
x = 1  # π ≈ 3.14159
# 😀 emoji in a comment
print(x)
