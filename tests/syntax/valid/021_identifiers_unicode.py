café = 1
π = 3.14159
naïve = "yes"
变量 = 42
λ = lambda x: x
Ñandú = 2
größe = café + Ñandú
print(café, π, naïve, 变量, λ(größe))
