for a in [13, -13]:
    for b in [4, -4]:
        q, r = a // b, a % b
        print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>3}   check {q * b + r == a}")
for a in [13.5, -13.5]:
    print(a // 4, a % 4, a // -4, a % -4)
print(-1 % 10, -11 % 10, 11 % -10, 0 % -5)
print(-7 // 1, -0.5 // 1, 0.5 // -1)
