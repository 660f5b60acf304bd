"""Broken plug-ins: an object without export(), and a factory that raises."""


class NoExport:
    name = "noexport"
    label = "Has no export method"
    extension = ".txt"
    options = []


def explode():
    raise RuntimeError("this plug-in failed while starting")
