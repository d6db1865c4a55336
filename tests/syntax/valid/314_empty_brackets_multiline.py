a = [
]
b = {

}
c = (
    # nothing here
)
d = print(
)
print(a, b, c, d)
