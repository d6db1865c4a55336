import os
import shutil

calls = []


def onerror(func, path, exc_info):
    calls.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1])))


shutil.rmtree('missing', onerror=onerror)
with open('afile', 'w') as f:
    f.write('x')
shutil.rmtree('afile', onerror=onerror)
os.mkdir('d')
os.symlink('d', 'dl')
shutil.rmtree('dl', onerror=onerror)
os.symlink('nowhere', 'broken')
shutil.rmtree('broken', onerror=onerror)
for c in calls:
    print(c)
print(os.path.exists('afile'), os.path.isdir('d'))


def raiser(func, path, exc_info):
    raise RuntimeError('stop at ' + path)


try:
    shutil.rmtree('missing', onerror=raiser)
except RuntimeError as e:
    print('RuntimeError', e)
print(shutil.rmtree('missing', ignore_errors=True, onerror=raiser))
