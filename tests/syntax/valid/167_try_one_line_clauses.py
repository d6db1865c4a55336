try: x = int("1")
except ValueError: x = 0
else: x += 1
finally: print(x)
try: pass
except (KeyError, IndexError) as e: pass
