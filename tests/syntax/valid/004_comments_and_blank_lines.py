# leading comment

# another comment after a blank line
      # an indented comment at module level is fine

x = 1  # trailing comment
#comment without space
