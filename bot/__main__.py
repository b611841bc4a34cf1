import os
import sys

from bot.cli import main

try:
    sys.exit(main())
except KeyboardInterrupt:  # Ctrl-C in the console chat: leave quietly
    print(file=sys.stderr)
    sys.exit(130)
except BrokenPipeError:  # output piped into `head` and the like: stop quietly
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)
