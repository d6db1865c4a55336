a = """contains ''' inside"""
b = '''contains """ inside'''
c = """ends with single quote'"""
d = '''ends with double quote"'''
e = """\"\"\" escaped triple"""
print(a, b, c, d, e)
