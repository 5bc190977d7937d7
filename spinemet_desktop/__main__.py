from spinemet_desktop.cli import main

raise SystemExit(main())
