import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.softkwlist)
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print(sorted(keyword.__all__))
