# basicConfig's errors: incompatible arguments, a bad style, unknown keywords, bad levels.
import logging, sys, io

root = logging.getLogger()

def attempt(**kw):
    try:
        logging.basicConfig(**kw)
        print('ok', sorted(kw), len(root.handlers))
    except (ValueError, TypeError) as e:
        print(sorted(kw), type(e).__name__, e)

attempt(stream=sys.stdout, filename='x.log')
attempt(handlers=[logging.StreamHandler(sys.stdout)], stream=sys.stdout)
attempt(handlers=[logging.StreamHandler(sys.stdout)], filename='x.log')
attempt(stream=sys.stdout, style='#')
print(len(root.handlers))
attempt(stream=sys.stdout, format='no fields here')
print(len(root.handlers))
attempt(stream=sys.stdout, format='{bad', style='{')
print(len(root.handlers))
attempt(stream=sys.stdout, level='LOUDEST', force=True)
print(len(root.handlers), root.level)
attempt(stream=sys.stdout, level=2.5, force=True)
attempt(stream=sys.stdout, colour='red', shape='round', force=True)
print(len(root.handlers))
attempt(stream=sys.stdout, colour='red')
attempt(force=True, stream=io.StringIO(), handlers=None)
attempt(force=True, handlers=[])
print(root.handlers)
attempt(stream=sys.stdout, level='DEBUG')
print(root.level)
logging.debug('configured after all')
