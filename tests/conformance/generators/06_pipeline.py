def read_lines():
    for line in ["10", "x", "20", "", "30", "-5"]:
        yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError as e:
            print("skip:", e)
def positive(nums):
    return (n for n in nums if n > 0)
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(positive(parse(read_lines())))))
