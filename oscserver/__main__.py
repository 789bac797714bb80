from oscserver.cli import main

main()
