total = 0
for i in range(3):
    total += i
# the last line is a comment without a newline