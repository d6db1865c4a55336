text = """line one
line two
    indented line three

line five after blank"""
other = '''
starts with newline
ends with newline
'''
print(text)
print(other)
