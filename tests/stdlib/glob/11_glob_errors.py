import glob

for args, kw in [((None,), {}), ((1,), {}), (('*',), {'root_dir': 5}), (('*', 'x'), {}),
                 (('*',), {'bogus': 1})]:
    try:
        print(glob.glob(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
print(glob.glob('[', recursive=True), glob.glob('*[', recursive=True))
print(glob.__all__)
print(glob.glob0('.', 'missing'), glob.glob1('.', 'missing*'))
