x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 7.0
y /= 2
print(y)
b = 0b1010
b &= 0b0110
b |= 0b1000
b ^= 0b0001
b <<= 2
b >>= 1
print(b, bin(b))
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
