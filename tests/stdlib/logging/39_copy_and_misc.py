# Loggers copy as themselves; module attributes and __all__.
import logging, copy

lg = logging.getLogger('copyme')
print(copy.copy(lg) is lg, copy.deepcopy(lg) is lg, copy.copy(logging.root) is logging.root)
print(lg.__reduce__()[0] is logging.getLogger, lg.__reduce__()[1], logging.root.__reduce__()[1])
print(sorted(logging.__all__))
for name in logging.__all__:
    if not hasattr(logging, name):
        print('missing', name)
print(logging.raiseExceptions, logging.logThreads, logging.logProcesses, logging.logMultiprocessing)
print(logging.BASIC_FORMAT, logging.PercentStyle.default_format, logging.StrFormatStyle.default_format,
      logging.StringTemplateStyle.default_format)
print(sorted(logging._STYLES), logging._STYLES['{'][1], logging._STYLES['$'][1])
print(logging.PercentStyle.asctime_format, logging.StrFormatStyle.asctime_search, logging.StringTemplateStyle.asctime_search)
print(logging.Formatter().datefmt, logging.Formatter('%(message)s', '%H').datefmt)
print(logging.Logger.root is logging.root, logging.RootLogger.__mro__[1] is logging.Logger)
print(issubclass(logging.FileHandler, logging.StreamHandler), issubclass(logging.Handler, logging.Filterer))
print(issubclass(logging.Logger, logging.Filterer), issubclass(logging.NullHandler, logging.Handler))
print(logging.getLevelName(logging.root.level), logging.root.propagate, logging.root.disabled)
st = logging.PercentStyle('%(message)s')
r = logging.makeLogRecord({'msg': 'styled'})
r.message = r.getMessage()
print(st.format(r), st.usesTime(), st._fmt, logging.PercentStyle(None)._fmt)
st.validate()
print(logging.StrFormatStyle('{message}!', defaults={'x': 1}).format(r))
print(logging.StringTemplateStyle('$message?').format(r))
