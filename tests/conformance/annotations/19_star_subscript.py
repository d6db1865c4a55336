class G:
    def __getitem__(self, k): return k
g = G()
a = [1, 2]
print(g[*a], g[*a, 3], g[0, *a], g[*()])
d = {}
d[*a] = 'x'
print(d)
del d[*a]
print(d)
