from .sub import nope
