"""Transactional mail: pyramid_mailer, or a debug mailer that writes files in development."""


def includeme(config):
    kind = config.get_settings().get("portal.mailer", "debug")
    if kind == "smtp":
        config.include("pyramid_mailer")
    elif kind == "testing":
        config.include("pyramid_mailer.testing")
    else:
        config.include("pyramid_mailer.debug")
