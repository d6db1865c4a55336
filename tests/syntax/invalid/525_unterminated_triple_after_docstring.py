"""docstring"""
"""unterminated
