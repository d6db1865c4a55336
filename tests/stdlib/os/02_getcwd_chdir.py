import os

start = os.getcwd()
print(type(start).__name__, os.path.isabs(start))
print(type(os.getcwdb()).__name__, os.getcwdb() == os.fsencode(start))
os.mkdir('sub')
os.chdir('sub')
print(os.path.basename(os.getcwd()))
print(os.getcwd() == os.path.join(start, 'sub'))
os.chdir('..')
print(os.getcwd() == start)
os.chdir(b'sub')
print(os.path.basename(os.getcwd()))
os.chdir(os.pardir)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


os.chdir(P('sub'))
print(os.path.basename(os.getcwd()))
os.chdir(start)

with open('file.txt', 'w') as f:
    f.write('x')
for arg in ['missing', 'file.txt', '', None, 1.5, 'a\0b']:
    try:
        os.chdir(arg)
    except Exception as e:
        print(type(e).__name__, e)
print(os.getcwd() == start)
