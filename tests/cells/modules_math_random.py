# Covers: math and random (seeded) values displayed across cells, time used without printing its values.

# %%
import math, random, time

# %%
math.pi

# %%
math.sqrt(2), math.floor(-2.5), math.ceil(2.1)

# %%
math.factorial(20)

# %%
math.factorial(30)

# %%
math.inf, -math.inf, math.nan

# %%
math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3)

# %%
0.1 + 0.2

# %%
random.seed(42)
[random.randint(1, 100) for _ in range(5)]

# %%
random.random()

# %%
random.choice('abcdef'), random.sample(range(10), 3)

# %%
rng = random.Random(7)
rng.uniform(0, 1)

# %%
start = time.perf_counter()
elapsed = time.perf_counter() - start
elapsed >= 0

# %%
type(time.time()).__name__

# %%
math.log(0)
