import sys

from sakip.cli import main

sys.exit(main())
