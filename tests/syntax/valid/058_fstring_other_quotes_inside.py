d = {'key': 'value', "other": 1}
a = f"{d['key']}"
b = f'{d["other"]}'
c = f"""{d["key"]} and {d['other']}"""
e = f'''{d['key']!r}'''
g = f"{'-'.join(['a', 'b'])}"
print(a, b, c, e, g)
