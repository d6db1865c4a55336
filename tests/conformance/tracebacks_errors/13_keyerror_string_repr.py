d = {"it's": 1, 'say "hi"': 2}
print(d["it's"])
print(d['say "hi"'])
print(list(d))
del d['say "hi"']
print(d['say "hi"'])
