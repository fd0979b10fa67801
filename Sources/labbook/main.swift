import ArgumentParser
import Notes
import Site
import Engine
print("labbook")
