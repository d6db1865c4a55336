import fnmatch

for pat in ['*', '**', '*.py', 'a?c', '[abc]', '[!abc]', '[a-z]*', '*a*b*', 'a*b*c', '*.*',
            '', '.', 'a.b', '[', '[!]', '[]]', '[z-a]', '[!z-a]', 'x*y*', '[a-c-e]', 'a+b',
            '(x)', '{a,b}', '[\\]', 'a*', '*a', 'a**b', '[&]', '[^x]', '???', 'ü*',
            '[a-b-c-d]', '[b-a-c]', '[a--]', 'file[0-9].txt']:
    print(repr(pat), fnmatch.translate(pat))
