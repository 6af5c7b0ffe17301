"""Data shipped inside the package, so that every install (a wheel, pipx, a container) has it: the example
watch and the outlets' hints (`seeds/`), used when no `./seeds` folder or `--seeds` is given. `storywatch init
--copy-seeds` writes an editable copy of them."""
