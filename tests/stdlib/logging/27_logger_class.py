# setLoggerClass/getLoggerClass and the manager's own logger class.
import logging, sys

print(logging.getLoggerClass() is logging.Logger)

class Custom(logging.Logger):
    def __init__(self, name, level=logging.NOTSET):
        super().__init__(name, level)
        self.custom = True

logging.setLoggerClass(Custom)
print(logging.getLoggerClass() is Custom)
c = logging.getLogger('cls.one')
print(type(c).__name__, c.custom, type(logging.getLogger()).__name__)
for bad in [int, dict]:
    try:
        logging.setLoggerClass(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    logging.setLoggerClass(42)
except TypeError as e:
    print(type(e).__name__, e)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('cls.two')).__name__)

class ManagerOnly(logging.Logger):
    pass
logging.Logger.manager.setLoggerClass(ManagerOnly)
print(type(logging.getLogger('cls.three')).__name__, logging.getLoggerClass().__name__)
try:
    logging.Logger.manager.setLoggerClass(str)
except TypeError as e:
    print(type(e).__name__, e)
logging.Logger.manager.loggerClass = None
print(type(logging.getLogger('cls.four')).__name__)
# A placeholder filled in gets the class in force at that time.
logging.getLogger('ph.a.b')
logging.setLoggerClass(Custom)
print(type(logging.getLogger('ph.a')).__name__, type(logging.getLogger('ph.a.b')).__name__)
logging.setLoggerClass(logging.Logger)
logging.Logger.manager.setLogRecordFactory('ignored')
print(logging.Logger.manager.logRecordFactory)
print(isinstance(logging.root, logging.Logger), type(logging.root).__mro__[1].__name__)
