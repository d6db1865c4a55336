import fnmatch

pats = ['[abc]', '[!abc]', '[a-c]', '[!a-c]', '[]]', '[!]]', '[]a]', '[a-]', '[-a]', '[z-a]',
        '[!z-a]', '[a-c-e]', '[[]', '[', '[!', '[a', 'x[', '[\\]', '[a\\-z]', '[^a]', '[&&]',
        '[~|]', '[!]', '[]', '[a-a]', '[--0]', '[!-]']
names = ['a', 'b', 'd', ']', '-', '[', '\\', '^', '!', '&', '~', '|', 'z', 'x[', '/', '0', '.']
for pat in pats:
    matched = [n for n in names if fnmatch.fnmatchcase(n, pat)]
    print(repr(pat), matched)
