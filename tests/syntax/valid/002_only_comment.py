# This module contains nothing but a comment.
